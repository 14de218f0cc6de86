// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.apigatewayv2_stage;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import com.hashicorp.cdktf.IResolvable;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code Apigatewayv2StageDefaultRouteSettings}. */
public final class Apigatewayv2StageDefaultRouteSettings implements TerraformStruct {
  private final Object dataTraceEnabled;
  private final Object detailedMetricsEnabled;
  private final String loggingLevel;
  private final Number throttlingBurstLimit;
  private final Number throttlingRateLimit;

  private Apigatewayv2StageDefaultRouteSettings(Builder builder) {
    this.dataTraceEnabled = builder.dataTraceEnabled;
    this.detailedMetricsEnabled = builder.detailedMetricsEnabled;
    this.loggingLevel = builder.loggingLevel;
    this.throttlingBurstLimit = builder.throttlingBurstLimit;
    this.throttlingRateLimit = builder.throttlingRateLimit;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code data_trace_enabled}. */
  public Object getDataTraceEnabled() {
    return dataTraceEnabled;
  }

  /** {@code detailed_metrics_enabled}. */
  public Object getDetailedMetricsEnabled() {
    return detailedMetricsEnabled;
  }

  /** {@code logging_level}. */
  public String getLoggingLevel() {
    return loggingLevel;
  }

  /** {@code throttling_burst_limit}. */
  public Number getThrottlingBurstLimit() {
    return throttlingBurstLimit;
  }

  /** {@code throttling_rate_limit}. */
  public Number getThrottlingRateLimit() {
    return throttlingRateLimit;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("data_trace_enabled", this.dataTraceEnabled);
    byName.put("detailed_metrics_enabled", this.detailedMetricsEnabled);
    byName.put("logging_level", this.loggingLevel);
    byName.put("throttling_burst_limit", this.throttlingBurstLimit);
    byName.put("throttling_rate_limit", this.throttlingRateLimit);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private Object dataTraceEnabled;
    private Object detailedMetricsEnabled;
    private String loggingLevel;
    private Number throttlingBurstLimit;
    private Number throttlingRateLimit;

    private Builder() {}

    public Builder dataTraceEnabled(Boolean dataTraceEnabled) {
      this.dataTraceEnabled = dataTraceEnabled;
      return this;
    }

    public Builder dataTraceEnabled(IResolvable dataTraceEnabled) {
      this.dataTraceEnabled = dataTraceEnabled;
      return this;
    }

    public Builder detailedMetricsEnabled(Boolean detailedMetricsEnabled) {
      this.detailedMetricsEnabled = detailedMetricsEnabled;
      return this;
    }

    public Builder detailedMetricsEnabled(IResolvable detailedMetricsEnabled) {
      this.detailedMetricsEnabled = detailedMetricsEnabled;
      return this;
    }

    public Builder loggingLevel(String loggingLevel) {
      this.loggingLevel = loggingLevel;
      return this;
    }

    public Builder throttlingBurstLimit(Number throttlingBurstLimit) {
      this.throttlingBurstLimit = throttlingBurstLimit;
      return this;
    }

    public Builder throttlingRateLimit(Number throttlingRateLimit) {
      this.throttlingRateLimit = throttlingRateLimit;
      return this;
    }

    public Apigatewayv2StageDefaultRouteSettings build() {
      return new Apigatewayv2StageDefaultRouteSettings(this);
    }
  }
}
