// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.cloudwatch_dashboard;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_cloudwatch_dashboard}. */
public class CloudwatchDashboard extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_cloudwatch_dashboard";

  private final Map<String, Object> values;

  public CloudwatchDashboard(Construct scope, String id, CloudwatchDashboardConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setDashboardBody(String value) {
    values.put("dashboard_body", value);
  }

  public void setDashboardName(String value) {
    values.put("dashboard_name", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public String getDashboardArn() {
    return getStringAttribute("dashboard_arn");
  }

  public String getDashboardBody() {
    return getStringAttribute("dashboard_body");
  }

  public String getDashboardName() {
    return getStringAttribute("dashboard_name");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
