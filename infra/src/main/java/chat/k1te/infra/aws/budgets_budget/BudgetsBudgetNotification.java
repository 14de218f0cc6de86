// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.budgets_budget;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code BudgetsBudgetNotification}. */
public final class BudgetsBudgetNotification implements TerraformStruct {
  private final String comparisonOperator;
  private final String notificationType;
  private final List<String> subscriberEmailAddresses;
  private final List<String> subscriberSnsTopicArns;
  private final Number threshold;
  private final String thresholdType;

  private BudgetsBudgetNotification(Builder builder) {
    this.comparisonOperator = Objects.requireNonNull(builder.comparisonOperator, "comparisonOperator");
    this.notificationType = Objects.requireNonNull(builder.notificationType, "notificationType");
    this.subscriberEmailAddresses = builder.subscriberEmailAddresses;
    this.subscriberSnsTopicArns = builder.subscriberSnsTopicArns;
    this.threshold = Objects.requireNonNull(builder.threshold, "threshold");
    this.thresholdType = Objects.requireNonNull(builder.thresholdType, "thresholdType");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code comparison_operator}. */
  public String getComparisonOperator() {
    return comparisonOperator;
  }

  /** {@code notification_type}. */
  public String getNotificationType() {
    return notificationType;
  }

  /** {@code subscriber_email_addresses}. */
  public List<String> getSubscriberEmailAddresses() {
    return subscriberEmailAddresses;
  }

  /** {@code subscriber_sns_topic_arns}. */
  public List<String> getSubscriberSnsTopicArns() {
    return subscriberSnsTopicArns;
  }

  /** {@code threshold}. */
  public Number getThreshold() {
    return threshold;
  }

  /** {@code threshold_type}. */
  public String getThresholdType() {
    return thresholdType;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("comparison_operator", this.comparisonOperator);
    byName.put("notification_type", this.notificationType);
    byName.put("subscriber_email_addresses", this.subscriberEmailAddresses);
    byName.put("subscriber_sns_topic_arns", this.subscriberSnsTopicArns);
    byName.put("threshold", this.threshold);
    byName.put("threshold_type", this.thresholdType);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String comparisonOperator;
    private String notificationType;
    private List<String> subscriberEmailAddresses;
    private List<String> subscriberSnsTopicArns;
    private Number threshold;
    private String thresholdType;

    private Builder() {}

    public Builder comparisonOperator(String comparisonOperator) {
      this.comparisonOperator = comparisonOperator;
      return this;
    }

    public Builder notificationType(String notificationType) {
      this.notificationType = notificationType;
      return this;
    }

    public Builder subscriberEmailAddresses(List<String> subscriberEmailAddresses) {
      this.subscriberEmailAddresses = subscriberEmailAddresses;
      return this;
    }

    public Builder subscriberSnsTopicArns(List<String> subscriberSnsTopicArns) {
      this.subscriberSnsTopicArns = subscriberSnsTopicArns;
      return this;
    }

    public Builder threshold(Number threshold) {
      this.threshold = threshold;
      return this;
    }

    public Builder thresholdType(String thresholdType) {
      this.thresholdType = thresholdType;
      return this;
    }

    public BudgetsBudgetNotification build() {
      return new BudgetsBudgetNotification(this);
    }
  }
}
