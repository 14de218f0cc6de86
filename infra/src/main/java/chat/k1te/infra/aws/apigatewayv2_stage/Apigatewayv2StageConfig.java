// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.apigatewayv2_stage;

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

/** {@code Apigatewayv2StageConfig}. */
public final class Apigatewayv2StageConfig implements TerraformStruct {
  private final String apiId;
  private final Object autoDeploy;
  private final String clientCertificateId;
  private final String deploymentId;
  private final String description;
  private final String id;
  private final String name;
  private final Map<String, String> stageVariables;
  private final Map<String, String> tags;
  private final Map<String, String> tagsAll;
  private final Apigatewayv2StageAccessLogSettings accessLogSettings;
  private final Apigatewayv2StageDefaultRouteSettings defaultRouteSettings;
  private final IResolvable routeSettings;
  private final MetaArguments metaArguments;

  private Apigatewayv2StageConfig(Builder builder) {
    this.apiId = Objects.requireNonNull(builder.apiId, "apiId");
    this.autoDeploy = builder.autoDeploy;
    this.clientCertificateId = builder.clientCertificateId;
    this.deploymentId = builder.deploymentId;
    this.description = builder.description;
    this.id = builder.id;
    this.name = Objects.requireNonNull(builder.name, "name");
    this.stageVariables = builder.stageVariables;
    this.tags = builder.tags;
    this.tagsAll = builder.tagsAll;
    this.accessLogSettings = builder.accessLogSettings;
    this.defaultRouteSettings = builder.defaultRouteSettings;
    this.routeSettings = builder.routeSettings;
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

  /** {@code auto_deploy}. */
  public Object getAutoDeploy() {
    return autoDeploy;
  }

  /** {@code client_certificate_id}. */
  public String getClientCertificateId() {
    return clientCertificateId;
  }

  /** {@code deployment_id}. */
  public String getDeploymentId() {
    return deploymentId;
  }

  /** {@code description}. */
  public String getDescription() {
    return description;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code name}. */
  public String getName() {
    return name;
  }

  /** {@code stage_variables}. */
  public Map<String, String> getStageVariables() {
    return stageVariables;
  }

  /** {@code tags}. */
  public Map<String, String> getTags() {
    return tags;
  }

  /** {@code tags_all}. */
  public Map<String, String> getTagsAll() {
    return tagsAll;
  }

  /** {@code access_log_settings}. */
  public Apigatewayv2StageAccessLogSettings getAccessLogSettings() {
    return accessLogSettings;
  }

  /** {@code default_route_settings}. */
  public Apigatewayv2StageDefaultRouteSettings getDefaultRouteSettings() {
    return defaultRouteSettings;
  }

  /** {@code route_settings}. */
  public IResolvable getRouteSettings() {
    return routeSettings;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("api_id", this.apiId);
    byName.put("auto_deploy", this.autoDeploy);
    byName.put("client_certificate_id", this.clientCertificateId);
    byName.put("deployment_id", this.deploymentId);
    byName.put("description", this.description);
    byName.put("id", this.id);
    byName.put("name", this.name);
    byName.put("stage_variables", this.stageVariables);
    byName.put("tags", this.tags);
    byName.put("tags_all", this.tagsAll);
    byName.put("access_log_settings", this.accessLogSettings);
    byName.put("default_route_settings", this.defaultRouteSettings);
    byName.put("route_settings", this.routeSettings);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String apiId;
    private Object autoDeploy;
    private String clientCertificateId;
    private String deploymentId;
    private String description;
    private String id;
    private String name;
    private Map<String, String> stageVariables;
    private Map<String, String> tags;
    private Map<String, String> tagsAll;
    private Apigatewayv2StageAccessLogSettings accessLogSettings;
    private Apigatewayv2StageDefaultRouteSettings defaultRouteSettings;
    private IResolvable routeSettings;
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

    public Builder autoDeploy(Boolean autoDeploy) {
      this.autoDeploy = autoDeploy;
      return this;
    }

    public Builder autoDeploy(IResolvable autoDeploy) {
      this.autoDeploy = autoDeploy;
      return this;
    }

    public Builder clientCertificateId(String clientCertificateId) {
      this.clientCertificateId = clientCertificateId;
      return this;
    }

    public Builder deploymentId(String deploymentId) {
      this.deploymentId = deploymentId;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
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

    public Builder stageVariables(Map<String, String> stageVariables) {
      this.stageVariables = stageVariables;
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

    public Builder accessLogSettings(Apigatewayv2StageAccessLogSettings accessLogSettings) {
      this.accessLogSettings = accessLogSettings;
      return this;
    }

    public Builder defaultRouteSettings(Apigatewayv2StageDefaultRouteSettings defaultRouteSettings) {
      this.defaultRouteSettings = defaultRouteSettings;
      return this;
    }

    public Builder routeSettings(IResolvable routeSettings) {
      this.routeSettings = routeSettings;
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

    public Apigatewayv2StageConfig build() {
      return new Apigatewayv2StageConfig(this);
    }
  }
}
