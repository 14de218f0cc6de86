// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.apigatewayv2_authorizer;

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

/** {@code Apigatewayv2AuthorizerConfig}. */
public final class Apigatewayv2AuthorizerConfig implements TerraformStruct {
  private final String apiId;
  private final String authorizerCredentialsArn;
  private final String authorizerPayloadFormatVersion;
  private final Number authorizerResultTtlInSeconds;
  private final String authorizerType;
  private final String authorizerUri;
  private final Object enableSimpleResponses;
  private final String id;
  private final List<String> identitySources;
  private final String name;
  private final MetaArguments metaArguments;

  private Apigatewayv2AuthorizerConfig(Builder builder) {
    this.apiId = Objects.requireNonNull(builder.apiId, "apiId");
    this.authorizerCredentialsArn = builder.authorizerCredentialsArn;
    this.authorizerPayloadFormatVersion = builder.authorizerPayloadFormatVersion;
    this.authorizerResultTtlInSeconds = builder.authorizerResultTtlInSeconds;
    this.authorizerType = Objects.requireNonNull(builder.authorizerType, "authorizerType");
    this.authorizerUri = builder.authorizerUri;
    this.enableSimpleResponses = builder.enableSimpleResponses;
    this.id = builder.id;
    this.identitySources = builder.identitySources;
    this.name = Objects.requireNonNull(builder.name, "name");
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code api_id}. */
  public String getApiId() {
    return apiId;
  }

  /** {@code authorizer_credentials_arn}. */
  public String getAuthorizerCredentialsArn() {
    return authorizerCredentialsArn;
  }

  /** {@code authorizer_payload_format_version}. */
  public String getAuthorizerPayloadFormatVersion() {
    return authorizerPayloadFormatVersion;
  }

  /** {@code authorizer_result_ttl_in_seconds}. */
  public Number getAuthorizerResultTtlInSeconds() {
    return authorizerResultTtlInSeconds;
  }

  /** {@code authorizer_type}. */
  public String getAuthorizerType() {
    return authorizerType;
  }

  /** {@code authorizer_uri}. */
  public String getAuthorizerUri() {
    return authorizerUri;
  }

  /** {@code enable_simple_responses}. */
  public Object getEnableSimpleResponses() {
    return enableSimpleResponses;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code identity_sources}. */
  public List<String> getIdentitySources() {
    return identitySources;
  }

  /** {@code name}. */
  public String getName() {
    return name;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("api_id", this.apiId);
    byName.put("authorizer_credentials_arn", this.authorizerCredentialsArn);
    byName.put("authorizer_payload_format_version", this.authorizerPayloadFormatVersion);
    byName.put("authorizer_result_ttl_in_seconds", this.authorizerResultTtlInSeconds);
    byName.put("authorizer_type", this.authorizerType);
    byName.put("authorizer_uri", this.authorizerUri);
    byName.put("enable_simple_responses", this.enableSimpleResponses);
    byName.put("id", this.id);
    byName.put("identity_sources", this.identitySources);
    byName.put("name", this.name);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String apiId;
    private String authorizerCredentialsArn;
    private String authorizerPayloadFormatVersion;
    private Number authorizerResultTtlInSeconds;
    private String authorizerType;
    private String authorizerUri;
    private Object enableSimpleResponses;
    private String id;
    private List<String> identitySources;
    private String name;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder apiId(String apiId) {
      this.apiId = apiId;
      return this;
    }

    public Builder authorizerCredentialsArn(String authorizerCredentialsArn) {
      this.authorizerCredentialsArn = authorizerCredentialsArn;
      return this;
    }

    public Builder authorizerPayloadFormatVersion(String authorizerPayloadFormatVersion) {
      this.authorizerPayloadFormatVersion = authorizerPayloadFormatVersion;
      return this;
    }

    public Builder authorizerResultTtlInSeconds(Number authorizerResultTtlInSeconds) {
      this.authorizerResultTtlInSeconds = authorizerResultTtlInSeconds;
      return this;
    }

    public Builder authorizerType(String authorizerType) {
      this.authorizerType = authorizerType;
      return this;
    }

    public Builder authorizerUri(String authorizerUri) {
      this.authorizerUri = authorizerUri;
      return this;
    }

    public Builder enableSimpleResponses(Boolean enableSimpleResponses) {
      this.enableSimpleResponses = enableSimpleResponses;
      return this;
    }

    public Builder enableSimpleResponses(IResolvable enableSimpleResponses) {
      this.enableSimpleResponses = enableSimpleResponses;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder identitySources(List<String> identitySources) {
      this.identitySources = identitySources;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
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

    public Apigatewayv2AuthorizerConfig build() {
      return new Apigatewayv2AuthorizerConfig(this);
    }
  }
}
