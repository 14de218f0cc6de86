// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.apigatewayv2_api;

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

/** {@code Apigatewayv2ApiConfig}. */
public final class Apigatewayv2ApiConfig implements TerraformStruct {
  private final String apiKeySelectionExpression;
  private final String body;
  private final String credentialsArn;
  private final String description;
  private final Object disableExecuteApiEndpoint;
  private final Object failOnWarnings;
  private final String id;
  private final String name;
  private final String protocolType;
  private final String routeKey;
  private final String routeSelectionExpression;
  private final Map<String, String> tags;
  private final Map<String, String> tagsAll;
  private final String target;
  private final String version;
  private final MetaArguments metaArguments;

  private Apigatewayv2ApiConfig(Builder builder) {
    this.apiKeySelectionExpression = builder.apiKeySelectionExpression;
    this.body = builder.body;
    this.credentialsArn = builder.credentialsArn;
    this.description = builder.description;
    this.disableExecuteApiEndpoint = builder.disableExecuteApiEndpoint;
    this.failOnWarnings = builder.failOnWarnings;
    this.id = builder.id;
    this.name = Objects.requireNonNull(builder.name, "name");
    this.protocolType = Objects.requireNonNull(builder.protocolType, "protocolType");
    this.routeKey = builder.routeKey;
    this.routeSelectionExpression = builder.routeSelectionExpression;
    this.tags = builder.tags;
    this.tagsAll = builder.tagsAll;
    this.target = builder.target;
    this.version = builder.version;
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code api_key_selection_expression}. */
  public String getApiKeySelectionExpression() {
    return apiKeySelectionExpression;
  }

  /** {@code body}. */
  public String getBody() {
    return body;
  }

  /** {@code credentials_arn}. */
  public String getCredentialsArn() {
    return credentialsArn;
  }

  /** {@code description}. */
  public String getDescription() {
    return description;
  }

  /** {@code disable_execute_api_endpoint}. */
  public Object getDisableExecuteApiEndpoint() {
    return disableExecuteApiEndpoint;
  }

  /** {@code fail_on_warnings}. */
  public Object getFailOnWarnings() {
    return failOnWarnings;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code name}. */
  public String getName() {
    return name;
  }

  /** {@code protocol_type}. */
  public String getProtocolType() {
    return protocolType;
  }

  /** {@code route_key}. */
  public String getRouteKey() {
    return routeKey;
  }

  /** {@code route_selection_expression}. */
  public String getRouteSelectionExpression() {
    return routeSelectionExpression;
  }

  /** {@code tags}. */
  public Map<String, String> getTags() {
    return tags;
  }

  /** {@code tags_all}. */
  public Map<String, String> getTagsAll() {
    return tagsAll;
  }

  /** {@code target}. */
  public String getTarget() {
    return target;
  }

  /** {@code version}. */
  public String getVersion() {
    return version;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("api_key_selection_expression", this.apiKeySelectionExpression);
    byName.put("body", this.body);
    byName.put("credentials_arn", this.credentialsArn);
    byName.put("description", this.description);
    byName.put("disable_execute_api_endpoint", this.disableExecuteApiEndpoint);
    byName.put("fail_on_warnings", this.failOnWarnings);
    byName.put("id", this.id);
    byName.put("name", this.name);
    byName.put("protocol_type", this.protocolType);
    byName.put("route_key", this.routeKey);
    byName.put("route_selection_expression", this.routeSelectionExpression);
    byName.put("tags", this.tags);
    byName.put("tags_all", this.tagsAll);
    byName.put("target", this.target);
    byName.put("version", this.version);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String apiKeySelectionExpression;
    private String body;
    private String credentialsArn;
    private String description;
    private Object disableExecuteApiEndpoint;
    private Object failOnWarnings;
    private String id;
    private String name;
    private String protocolType;
    private String routeKey;
    private String routeSelectionExpression;
    private Map<String, String> tags;
    private Map<String, String> tagsAll;
    private String target;
    private String version;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder apiKeySelectionExpression(String apiKeySelectionExpression) {
      this.apiKeySelectionExpression = apiKeySelectionExpression;
      return this;
    }

    public Builder body(String body) {
      this.body = body;
      return this;
    }

    public Builder credentialsArn(String credentialsArn) {
      this.credentialsArn = credentialsArn;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder disableExecuteApiEndpoint(Boolean disableExecuteApiEndpoint) {
      this.disableExecuteApiEndpoint = disableExecuteApiEndpoint;
      return this;
    }

    public Builder disableExecuteApiEndpoint(IResolvable disableExecuteApiEndpoint) {
      this.disableExecuteApiEndpoint = disableExecuteApiEndpoint;
      return this;
    }

    public Builder failOnWarnings(Boolean failOnWarnings) {
      this.failOnWarnings = failOnWarnings;
      return this;
    }

    public Builder failOnWarnings(IResolvable failOnWarnings) {
      this.failOnWarnings = failOnWarnings;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder protocolType(String protocolType) {
      this.protocolType = protocolType;
      return this;
    }

    public Builder routeKey(String routeKey) {
      this.routeKey = routeKey;
      return this;
    }

    public Builder routeSelectionExpression(String routeSelectionExpression) {
      this.routeSelectionExpression = routeSelectionExpression;
      return this;
    }

    public Builder tags(Map<String, String> tags) {
      this.tags = tags;
      return this;
    }

    public Builder tagsAll(Map<String, String> tagsAll) {
      this.tagsAll = tagsAll;
      return this;
    }

    public Builder target(String target) {
      this.target = target;
      return this;
    }

    public Builder version(String version) {
      this.version = version;
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

    public Apigatewayv2ApiConfig build() {
      return new Apigatewayv2ApiConfig(this);
    }
  }
}
