// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.apigatewayv2_stage;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** {@code Apigatewayv2StageAccessLogSettings}. */
public final class Apigatewayv2StageAccessLogSettings implements TerraformStruct {
  private final String destinationArn;
  private final String format;

  private Apigatewayv2StageAccessLogSettings(Builder builder) {
    this.destinationArn = Objects.requireNonNull(builder.destinationArn, "destinationArn");
    this.format = Objects.requireNonNull(builder.format, "format");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code destination_arn}. */
  public String getDestinationArn() {
    return destinationArn;
  }

  /** {@code format}. */
  public String getFormat() {
    return format;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("destination_arn", this.destinationArn);
    byName.put("format", this.format);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String destinationArn;
    private String format;

    private Builder() {}

    public Builder destinationArn(String destinationArn) {
      this.destinationArn = destinationArn;
      return this;
    }

    public Builder format(String format) {
      this.format = format;
      return this;
    }

    public Apigatewayv2StageAccessLogSettings build() {
      return new Apigatewayv2StageAccessLogSettings(this);
    }
  }
}
