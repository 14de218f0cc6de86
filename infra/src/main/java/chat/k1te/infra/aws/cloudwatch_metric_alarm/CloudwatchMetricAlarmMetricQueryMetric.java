// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.cloudwatch_metric_alarm;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** {@code CloudwatchMetricAlarmMetricQueryMetric}. */
public final class CloudwatchMetricAlarmMetricQueryMetric implements TerraformStruct {
  private final Map<String, String> dimensions;
  private final String metricName;
  private final String namespace;
  private final Number period;
  private final String stat;
  private final String unit;

  private CloudwatchMetricAlarmMetricQueryMetric(Builder builder) {
    this.dimensions = builder.dimensions;
    this.metricName = Objects.requireNonNull(builder.metricName, "metricName");
    this.namespace = builder.namespace;
    this.period = Objects.requireNonNull(builder.period, "period");
    this.stat = Objects.requireNonNull(builder.stat, "stat");
    this.unit = builder.unit;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code dimensions}. */
  public Map<String, String> getDimensions() {
    return dimensions;
  }

  /** {@code metric_name}. */
  public String getMetricName() {
    return metricName;
  }

  /** {@code namespace}. */
  public String getNamespace() {
    return namespace;
  }

  /** {@code period}. */
  public Number getPeriod() {
    return period;
  }

  /** {@code stat}. */
  public String getStat() {
    return stat;
  }

  /** {@code unit}. */
  public String getUnit() {
    return unit;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("dimensions", this.dimensions);
    byName.put("metric_name", this.metricName);
    byName.put("namespace", this.namespace);
    byName.put("period", this.period);
    byName.put("stat", this.stat);
    byName.put("unit", this.unit);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private Map<String, String> dimensions;
    private String metricName;
    private String namespace;
    private Number period;
    private String stat;
    private String unit;

    private Builder() {}

    public Builder dimensions(Map<String, String> dimensions) {
      this.dimensions = dimensions;
      return this;
    }

    public Builder metricName(String metricName) {
      this.metricName = metricName;
      return this;
    }

    public Builder namespace(String namespace) {
      this.namespace = namespace;
      return this;
    }

    public Builder period(Number period) {
      this.period = period;
      return this;
    }

    public Builder stat(String stat) {
      this.stat = stat;
      return this;
    }

    public Builder unit(String unit) {
      this.unit = unit;
      return this;
    }

    public CloudwatchMetricAlarmMetricQueryMetric build() {
      return new CloudwatchMetricAlarmMetricQueryMetric(this);
    }
  }
}
