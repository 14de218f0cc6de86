// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.apigatewayv2_domain_name;

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

/** {@code Apigatewayv2DomainNameConfig}. */
public final class Apigatewayv2DomainNameConfig implements TerraformStruct {
  private final String domainName;
  private final String id;
  private final Map<String, String> tags;
  private final Map<String, String> tagsAll;
  private final Apigatewayv2DomainNameDomainNameConfiguration domainNameConfiguration;
  private final MetaArguments metaArguments;

  private Apigatewayv2DomainNameConfig(Builder builder) {
    this.domainName = Objects.requireNonNull(builder.domainName, "domainName");
    this.id = builder.id;
    this.tags = builder.tags;
    this.tagsAll = builder.tagsAll;
    this.domainNameConfiguration = Objects.requireNonNull(builder.domainNameConfiguration, "domainNameConfiguration");
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code domain_name}. */
  public String getDomainName() {
    return domainName;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code tags}. */
  public Map<String, String> getTags() {
    return tags;
  }

  /** {@code tags_all}. */
  public Map<String, String> getTagsAll() {
    return tagsAll;
  }

  /** {@code domain_name_configuration}. */
  public Apigatewayv2DomainNameDomainNameConfiguration getDomainNameConfiguration() {
    return domainNameConfiguration;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("domain_name", this.domainName);
    byName.put("id", this.id);
    byName.put("tags", this.tags);
    byName.put("tags_all", this.tagsAll);
    byName.put("domain_name_configuration", this.domainNameConfiguration);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String domainName;
    private String id;
    private Map<String, String> tags;
    private Map<String, String> tagsAll;
    private Apigatewayv2DomainNameDomainNameConfiguration domainNameConfiguration;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder domainName(String domainName) {
      this.domainName = domainName;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
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

    public Builder domainNameConfiguration(Apigatewayv2DomainNameDomainNameConfiguration domainNameConfiguration) {
      this.domainNameConfiguration = domainNameConfiguration;
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

    public Apigatewayv2DomainNameConfig build() {
      return new Apigatewayv2DomainNameConfig(this);
    }
  }
}
