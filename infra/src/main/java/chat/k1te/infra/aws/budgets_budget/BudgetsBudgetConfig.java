// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.budgets_budget;

import chat.k1te.infra.aws.MetaArguments;
import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.ITerraformIterator;
import com.hashicorp.cdktf.TerraformCount;
import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code BudgetsBudgetConfig}. */
public final class BudgetsBudgetConfig implements TerraformStruct {
  private final String accountId;
  private final String budgetType;
  private final String id;
  private final String limitAmount;
  private final String limitUnit;
  private final String name;
  private final String namePrefix;
  private final String timePeriodEnd;
  private final String timePeriodStart;
  private final String timeUnit;
  private final Object costFilter;
  private final Object notification;
  private final IResolvable plannedLimit;
  private final MetaArguments metaArguments;

  private BudgetsBudgetConfig(Builder builder) {
    this.accountId = builder.accountId;
    this.budgetType = Objects.requireNonNull(builder.budgetType, "budgetType");
    this.id = builder.id;
    this.limitAmount = builder.limitAmount;
    this.limitUnit = builder.limitUnit;
    this.name = builder.name;
    this.namePrefix = builder.namePrefix;
    this.timePeriodEnd = builder.timePeriodEnd;
    this.timePeriodStart = builder.timePeriodStart;
    this.timeUnit = Objects.requireNonNull(builder.timeUnit, "timeUnit");
    this.costFilter = builder.costFilter;
    this.notification = builder.notification;
    this.plannedLimit = builder.plannedLimit;
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code account_id}. */
  public String getAccountId() {
    return accountId;
  }

  /** {@code budget_type}. */
  public String getBudgetType() {
    return budgetType;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code limit_amount}. */
  public String getLimitAmount() {
    return limitAmount;
  }

  /** {@code limit_unit}. */
  public String getLimitUnit() {
    return limitUnit;
  }

  /** {@code name}. */
  public String getName() {
    return name;
  }

  /** {@code name_prefix}. */
  public String getNamePrefix() {
    return namePrefix;
  }

  /** {@code time_period_end}. */
  public String getTimePeriodEnd() {
    return timePeriodEnd;
  }

  /** {@code time_period_start}. */
  public String getTimePeriodStart() {
    return timePeriodStart;
  }

  /** {@code time_unit}. */
  public String getTimeUnit() {
    return timeUnit;
  }

  /** {@code cost_filter}. */
  public Object getCostFilter() {
    return costFilter;
  }

  /** {@code notification}. */
  public Object getNotification() {
    return notification;
  }

  /** {@code planned_limit}. */
  public IResolvable getPlannedLimit() {
    return plannedLimit;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("account_id", this.accountId);
    byName.put("budget_type", this.budgetType);
    byName.put("id", this.id);
    byName.put("limit_amount", this.limitAmount);
    byName.put("limit_unit", this.limitUnit);
    byName.put("name", this.name);
    byName.put("name_prefix", this.namePrefix);
    byName.put("time_period_end", this.timePeriodEnd);
    byName.put("time_period_start", this.timePeriodStart);
    byName.put("time_unit", this.timeUnit);
    byName.put("cost_filter", this.costFilter);
    byName.put("notification", this.notification);
    byName.put("planned_limit", this.plannedLimit);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String accountId;
    private String budgetType;
    private String id;
    private String limitAmount;
    private String limitUnit;
    private String name;
    private String namePrefix;
    private String timePeriodEnd;
    private String timePeriodStart;
    private String timeUnit;
    private Object costFilter;
    private Object notification;
    private IResolvable plannedLimit;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder accountId(String accountId) {
      this.accountId = accountId;
      return this;
    }

    public Builder budgetType(String budgetType) {
      this.budgetType = budgetType;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder limitAmount(String limitAmount) {
      this.limitAmount = limitAmount;
      return this;
    }

    public Builder limitUnit(String limitUnit) {
      this.limitUnit = limitUnit;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder namePrefix(String namePrefix) {
      this.namePrefix = namePrefix;
      return this;
    }

    public Builder timePeriodEnd(String timePeriodEnd) {
      this.timePeriodEnd = timePeriodEnd;
      return this;
    }

    public Builder timePeriodStart(String timePeriodStart) {
      this.timePeriodStart = timePeriodStart;
      return this;
    }

    public Builder timeUnit(String timeUnit) {
      this.timeUnit = timeUnit;
      return this;
    }

    public Builder costFilter(IResolvable costFilter) {
      this.costFilter = costFilter;
      return this;
    }

    public Builder costFilter(List<? extends BudgetsBudgetCostFilter> costFilter) {
      this.costFilter = costFilter;
      return this;
    }

    public Builder notification(IResolvable notification) {
      this.notification = notification;
      return this;
    }

    public Builder notification(List<? extends BudgetsBudgetNotification> notification) {
      this.notification = notification;
      return this;
    }

    public Builder plannedLimit(IResolvable plannedLimit) {
      this.plannedLimit = plannedLimit;
      return this;
    }

    public Builder dependsOn(List<? extends ITerraformDependable> dependsOn) {
      this.dependsOn = dependsOn;
      return this;
    }

    public Builder count(Number count) {
      this.count = count;
      return this;
    }

    public Builder count(TerraformCount count) {
      this.count = count;
      return this;
    }

    public Builder forEach(ITerraformIterator forEach) {
      this.forEach = forEach;
      return this;
    }

    public Builder lifecycle(TerraformResourceLifecycle lifecycle) {
      this.lifecycle = lifecycle;
      return this;
    }

    public Builder provider(TerraformProvider provider) {
      this.provider = provider;
      return this;
    }

    public BudgetsBudgetConfig build() {
      return new BudgetsBudgetConfig(this);
    }
  }
}
