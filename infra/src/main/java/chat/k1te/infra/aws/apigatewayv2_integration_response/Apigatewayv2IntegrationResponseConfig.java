// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.apigatewayv2_integration_response;

import chat.k1te.infra.aws.MetaArguments;
import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.ITerraformIterator;
import com.hashicorp.cdktf.TerraformCount;
import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code Apigatewayv2IntegrationResponseConfig}. */
public final class Apigatewayv2IntegrationResponseConfig implements TerraformStruct {
  private final String apiId;
  private final String contentHandlingStrategy;
  private final String id;
  private final String integrationId;
  private final String integrationResponseKey;
  private final Map<String, String> responseTemplates;
  private final String templateSelectionExpression;
  private final MetaArguments metaArguments;

  private Apigatewayv2IntegrationResponseConfig(Builder builder) {
    this.apiId = Objects.requireNonNull(builder.apiId, "apiId");
    this.contentHandlingStrategy = builder.contentHandlingStrategy;
    this.id = builder.id;
    this.integrationId = Objects.requireNonNull(builder.integrationId, "integrationId");
    this.integrationResponseKey = Objects.requireNonNull(builder.integrationResponseKey, "integrationResponseKey");
    this.responseTemplates = builder.responseTemplates;
    this.templateSelectionExpression = builder.templateSelectionExpression;
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

  /** {@code content_handling_strategy}. */
  public String getContentHandlingStrategy() {
    return contentHandlingStrategy;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code integration_id}. */
  public String getIntegrationId() {
    return integrationId;
  }

  /** {@code integration_response_key}. */
  public String getIntegrationResponseKey() {
    return integrationResponseKey;
  }

  /** {@code response_templates}. */
  public Map<String, String> getResponseTemplates() {
    return responseTemplates;
  }

  /** {@code template_selection_expression}. */
  public String getTemplateSelectionExpression() {
    return templateSelectionExpression;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("api_id", this.apiId);
    byName.put("content_handling_strategy", this.contentHandlingStrategy);
    byName.put("id", this.id);
    byName.put("integration_id", this.integrationId);
    byName.put("integration_response_key", this.integrationResponseKey);
    byName.put("response_templates", this.responseTemplates);
    byName.put("template_selection_expression", this.templateSelectionExpression);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String apiId;
    private String contentHandlingStrategy;
    private String id;
    private String integrationId;
    private String integrationResponseKey;
    private Map<String, String> responseTemplates;
    private String templateSelectionExpression;
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

    public Builder contentHandlingStrategy(String contentHandlingStrategy) {
      this.contentHandlingStrategy = contentHandlingStrategy;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder integrationId(String integrationId) {
      this.integrationId = integrationId;
      return this;
    }

    public Builder integrationResponseKey(String integrationResponseKey) {
      this.integrationResponseKey = integrationResponseKey;
      return this;
    }

    public Builder responseTemplates(Map<String, String> responseTemplates) {
      this.responseTemplates = responseTemplates;
      return this;
    }

    public Builder templateSelectionExpression(String templateSelectionExpression) {
      this.templateSelectionExpression = templateSelectionExpression;
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

    public Apigatewayv2IntegrationResponseConfig build() {
      return new Apigatewayv2IntegrationResponseConfig(this);
    }
  }
}
