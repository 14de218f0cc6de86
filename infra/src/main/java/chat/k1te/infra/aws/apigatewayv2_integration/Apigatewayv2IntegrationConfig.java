// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.apigatewayv2_integration;

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

/** {@code Apigatewayv2IntegrationConfig}. */
public final class Apigatewayv2IntegrationConfig implements TerraformStruct {
  private final String apiId;
  private final String connectionId;
  private final String connectionType;
  private final String contentHandlingStrategy;
  private final String credentialsArn;
  private final String description;
  private final String id;
  private final String integrationMethod;
  private final String integrationSubtype;
  private final String integrationType;
  private final String integrationUri;
  private final String passthroughBehavior;
  private final String payloadFormatVersion;
  private final Map<String, String> requestParameters;
  private final Map<String, String> requestTemplates;
  private final String templateSelectionExpression;
  private final Number timeoutMilliseconds;
  private final IResolvable responseParameters;
  private final MetaArguments metaArguments;

  private Apigatewayv2IntegrationConfig(Builder builder) {
    this.apiId = Objects.requireNonNull(builder.apiId, "apiId");
    this.connectionId = builder.connectionId;
    this.connectionType = builder.connectionType;
    this.contentHandlingStrategy = builder.contentHandlingStrategy;
    this.credentialsArn = builder.credentialsArn;
    this.description = builder.description;
    this.id = builder.id;
    this.integrationMethod = builder.integrationMethod;
    this.integrationSubtype = builder.integrationSubtype;
    this.integrationType = Objects.requireNonNull(builder.integrationType, "integrationType");
    this.integrationUri = builder.integrationUri;
    this.passthroughBehavior = builder.passthroughBehavior;
    this.payloadFormatVersion = builder.payloadFormatVersion;
    this.requestParameters = builder.requestParameters;
    this.requestTemplates = builder.requestTemplates;
    this.templateSelectionExpression = builder.templateSelectionExpression;
    this.timeoutMilliseconds = builder.timeoutMilliseconds;
    this.responseParameters = builder.responseParameters;
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

  /** {@code connection_id}. */
  public String getConnectionId() {
    return connectionId;
  }

  /** {@code connection_type}. */
  public String getConnectionType() {
    return connectionType;
  }

  /** {@code content_handling_strategy}. */
  public String getContentHandlingStrategy() {
    return contentHandlingStrategy;
  }

  /** {@code credentials_arn}. */
  public String getCredentialsArn() {
    return credentialsArn;
  }

  /** {@code description}. */
  public String getDescription() {
    return description;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code integration_method}. */
  public String getIntegrationMethod() {
    return integrationMethod;
  }

  /** {@code integration_subtype}. */
  public String getIntegrationSubtype() {
    return integrationSubtype;
  }

  /** {@code integration_type}. */
  public String getIntegrationType() {
    return integrationType;
  }

  /** {@code integration_uri}. */
  public String getIntegrationUri() {
    return integrationUri;
  }

  /** {@code passthrough_behavior}. */
  public String getPassthroughBehavior() {
    return passthroughBehavior;
  }

  /** {@code payload_format_version}. */
  public String getPayloadFormatVersion() {
    return payloadFormatVersion;
  }

  /** {@code request_parameters}. */
  public Map<String, String> getRequestParameters() {
    return requestParameters;
  }

  /** {@code request_templates}. */
  public Map<String, String> getRequestTemplates() {
    return requestTemplates;
  }

  /** {@code template_selection_expression}. */
  public String getTemplateSelectionExpression() {
    return templateSelectionExpression;
  }

  /** {@code timeout_milliseconds}. */
  public Number getTimeoutMilliseconds() {
    return timeoutMilliseconds;
  }

  /** {@code response_parameters}. */
  public IResolvable getResponseParameters() {
    return responseParameters;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("api_id", this.apiId);
    byName.put("connection_id", this.connectionId);
    byName.put("connection_type", this.connectionType);
    byName.put("content_handling_strategy", this.contentHandlingStrategy);
    byName.put("credentials_arn", this.credentialsArn);
    byName.put("description", this.description);
    byName.put("id", this.id);
    byName.put("integration_method", this.integrationMethod);
    byName.put("integration_subtype", this.integrationSubtype);
    byName.put("integration_type", this.integrationType);
    byName.put("integration_uri", this.integrationUri);
    byName.put("passthrough_behavior", this.passthroughBehavior);
    byName.put("payload_format_version", this.payloadFormatVersion);
    byName.put("request_parameters", this.requestParameters);
    byName.put("request_templates", this.requestTemplates);
    byName.put("template_selection_expression", this.templateSelectionExpression);
    byName.put("timeout_milliseconds", this.timeoutMilliseconds);
    byName.put("response_parameters", this.responseParameters);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String apiId;
    private String connectionId;
    private String connectionType;
    private String contentHandlingStrategy;
    private String credentialsArn;
    private String description;
    private String id;
    private String integrationMethod;
    private String integrationSubtype;
    private String integrationType;
    private String integrationUri;
    private String passthroughBehavior;
    private String payloadFormatVersion;
    private Map<String, String> requestParameters;
    private Map<String, String> requestTemplates;
    private String templateSelectionExpression;
    private Number timeoutMilliseconds;
    private IResolvable responseParameters;
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

    public Builder connectionId(String connectionId) {
      this.connectionId = connectionId;
      return this;
    }

    public Builder connectionType(String connectionType) {
      this.connectionType = connectionType;
      return this;
    }

    public Builder contentHandlingStrategy(String contentHandlingStrategy) {
      this.contentHandlingStrategy = contentHandlingStrategy;
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

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder integrationMethod(String integrationMethod) {
      this.integrationMethod = integrationMethod;
      return this;
    }

    public Builder integrationSubtype(String integrationSubtype) {
      this.integrationSubtype = integrationSubtype;
      return this;
    }

    public Builder integrationType(String integrationType) {
      this.integrationType = integrationType;
      return this;
    }

    public Builder integrationUri(String integrationUri) {
      this.integrationUri = integrationUri;
      return this;
    }

    public Builder passthroughBehavior(String passthroughBehavior) {
      this.passthroughBehavior = passthroughBehavior;
      return this;
    }

    public Builder payloadFormatVersion(String payloadFormatVersion) {
      this.payloadFormatVersion = payloadFormatVersion;
      return this;
    }

    public Builder requestParameters(Map<String, String> requestParameters) {
      this.requestParameters = requestParameters;
      return this;
    }

    public Builder requestTemplates(Map<String, String> requestTemplates) {
      this.requestTemplates = requestTemplates;
      return this;
    }

    public Builder templateSelectionExpression(String templateSelectionExpression) {
      this.templateSelectionExpression = templateSelectionExpression;
      return this;
    }

    public Builder timeoutMilliseconds(Number timeoutMilliseconds) {
      this.timeoutMilliseconds = timeoutMilliseconds;
      return this;
    }

    public Builder responseParameters(IResolvable responseParameters) {
      this.responseParameters = responseParameters;
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

    public Apigatewayv2IntegrationConfig build() {
      return new Apigatewayv2IntegrationConfig(this);
    }
  }
}
