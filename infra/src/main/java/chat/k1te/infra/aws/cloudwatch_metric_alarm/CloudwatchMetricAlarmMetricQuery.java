// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.cloudwatch_metric_alarm;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import com.hashicorp.cdktf.IResolvable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** {@code CloudwatchMetricAlarmMetricQuery}. */
public final class CloudwatchMetricAlarmMetricQuery implements TerraformStruct {
  private final String accountId;
  private final String expression;
  private final String id;
  private final String label;
  private final Number period;
  private final Object returnData;
  private final CloudwatchMetricAlarmMetricQueryMetric metric;

  private CloudwatchMetricAlarmMetricQuery(Builder builder) {
    this.accountId = builder.accountId;
    this.expression = builder.expression;
    this.id = Objects.requireNonNull(builder.id, "id");
    this.label = builder.label;
    this.period = builder.period;
    this.returnData = builder.returnData;
    this.metric = builder.metric;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code account_id}. */
  public String getAccountId() {
    return accountId;
  }

  /** {@code expression}. */
  public String getExpression() {
    return expression;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code label}. */
  public String getLabel() {
    return label;
  }

  /** {@code period}. */
  public Number getPeriod() {
    return period;
  }

  /** {@code return_data}. */
  public Object getReturnData() {
    return returnData;
  }

  /** {@code metric}. */
  public CloudwatchMetricAlarmMetricQueryMetric getMetric() {
    return metric;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("account_id", this.accountId);
    byName.put("expression", this.expression);
    byName.put("id", this.id);
    byName.put("label", this.label);
    byName.put("period", this.period);
    byName.put("return_data", this.returnData);
    byName.put("metric", this.metric);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String accountId;
    private String expression;
    private String id;
    private String label;
    private Number period;
    private Object returnData;
    private CloudwatchMetricAlarmMetricQueryMetric metric;

    private Builder() {}

    public Builder accountId(String accountId) {
      this.accountId = accountId;
      return this;
    }

    public Builder expression(String expression) {
      this.expression = expression;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder label(String label) {
      this.label = label;
      return this;
    }

    public Builder period(Number period) {
      this.period = period;
      return this;
    }

    public Builder returnData(Boolean returnData) {
      this.returnData = returnData;
      return this;
    }

    public Builder returnData(IResolvable returnData) {
      this.returnData = returnData;
      return this;
    }

    public Builder metric(CloudwatchMetricAlarmMetricQueryMetric metric) {
      this.metric = metric;
      return this;
    }

    public CloudwatchMetricAlarmMetricQuery build() {
      return new CloudwatchMetricAlarmMetricQuery(this);
    }
  }
}
