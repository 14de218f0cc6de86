// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.s3_bucket_cors_configuration;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code S3BucketCorsConfigurationCorsRule}. */
public final class S3BucketCorsConfigurationCorsRule implements TerraformStruct {
  private final List<String> allowedHeaders;
  private final List<String> allowedMethods;
  private final List<String> allowedOrigins;
  private final List<String> exposeHeaders;
  private final String id;
  private final Number maxAgeSeconds;

  private S3BucketCorsConfigurationCorsRule(Builder builder) {
    this.allowedHeaders = builder.allowedHeaders;
    this.allowedMethods = Objects.requireNonNull(builder.allowedMethods, "allowedMethods");
    this.allowedOrigins = Objects.requireNonNull(builder.allowedOrigins, "allowedOrigins");
    this.exposeHeaders = builder.exposeHeaders;
    this.id = builder.id;
    this.maxAgeSeconds = builder.maxAgeSeconds;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code allowed_headers}. */
  public List<String> getAllowedHeaders() {
    return allowedHeaders;
  }

  /** {@code allowed_methods}. */
  public List<String> getAllowedMethods() {
    return allowedMethods;
  }

  /** {@code allowed_origins}. */
  public List<String> getAllowedOrigins() {
    return allowedOrigins;
  }

  /** {@code expose_headers}. */
  public List<String> getExposeHeaders() {
    return exposeHeaders;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code max_age_seconds}. */
  public Number getMaxAgeSeconds() {
    return maxAgeSeconds;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("allowed_headers", this.allowedHeaders);
    byName.put("allowed_methods", this.allowedMethods);
    byName.put("allowed_origins", this.allowedOrigins);
    byName.put("expose_headers", this.exposeHeaders);
    byName.put("id", this.id);
    byName.put("max_age_seconds", this.maxAgeSeconds);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private List<String> allowedHeaders;
    private List<String> allowedMethods;
    private List<String> allowedOrigins;
    private List<String> exposeHeaders;
    private String id;
    private Number maxAgeSeconds;

    private Builder() {}

    public Builder allowedHeaders(List<String> allowedHeaders) {
      this.allowedHeaders = allowedHeaders;
      return this;
    }

    public Builder allowedMethods(List<String> allowedMethods) {
      this.allowedMethods = allowedMethods;
      return this;
    }

    public Builder allowedOrigins(List<String> allowedOrigins) {
      this.allowedOrigins = allowedOrigins;
      return this;
    }

    public Builder exposeHeaders(List<String> exposeHeaders) {
      this.exposeHeaders = exposeHeaders;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder maxAgeSeconds(Number maxAgeSeconds) {
      this.maxAgeSeconds = maxAgeSeconds;
      return this;
    }

    public S3BucketCorsConfigurationCorsRule build() {
      return new S3BucketCorsConfigurationCorsRule(this);
    }
  }
}
