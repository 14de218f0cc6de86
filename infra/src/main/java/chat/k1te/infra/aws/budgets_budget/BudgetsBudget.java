// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.budgets_budget;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_budgets_budget}. */
public class BudgetsBudget extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_budgets_budget";

  private final Map<String, Object> values;

  public BudgetsBudget(Construct scope, String id, BudgetsBudgetConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setAccountId(String value) {
    values.put("account_id", value);
  }

  public void setBudgetType(String value) {
    values.put("budget_type", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setLimitAmount(String value) {
    values.put("limit_amount", value);
  }

  public void setLimitUnit(String value) {
    values.put("limit_unit", value);
  }

  public void setName(String value) {
    values.put("name", value);
  }

  public void setNamePrefix(String value) {
    values.put("name_prefix", value);
  }

  public void setTimePeriodEnd(String value) {
    values.put("time_period_end", value);
  }

  public void setTimePeriodStart(String value) {
    values.put("time_period_start", value);
  }

  public void setTimeUnit(String value) {
    values.put("time_unit", value);
  }

  public void setPlannedLimit(IResolvable value) {
    values.put("planned_limit", value);
  }

  public String getAccountId() {
    return getStringAttribute("account_id");
  }

  public String getArn() {
    return getStringAttribute("arn");
  }

  public String getBudgetType() {
    return getStringAttribute("budget_type");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getLimitAmount() {
    return getStringAttribute("limit_amount");
  }

  public String getLimitUnit() {
    return getStringAttribute("limit_unit");
  }

  public String getName() {
    return getStringAttribute("name");
  }

  public String getNamePrefix() {
    return getStringAttribute("name_prefix");
  }

  public String getTimePeriodEnd() {
    return getStringAttribute("time_period_end");
  }

  public String getTimePeriodStart() {
    return getStringAttribute("time_period_start");
  }

  public String getTimeUnit() {
    return getStringAttribute("time_unit");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
