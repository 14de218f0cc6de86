// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.ssm_parameter;

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

/** {@code SsmParameterConfig}. */
public final class SsmParameterConfig implements TerraformStruct {
  private final String allowedPattern;
  private final String arn;
  private final String dataType;
  private final String description;
  private final String id;
  private final String insecureValue;
  private final String keyId;
  private final String name;
  private final Object overwrite;
  private final Map<String, String> tags;
  private final Map<String, String> tagsAll;
  private final String tier;
  private final String type;
  private final String value;
  private final MetaArguments metaArguments;

  private SsmParameterConfig(Builder builder) {
    this.allowedPattern = builder.allowedPattern;
    this.arn = builder.arn;
    this.dataType = builder.dataType;
    this.description = builder.description;
    this.id = builder.id;
    this.insecureValue = builder.insecureValue;
    this.keyId = builder.keyId;
    this.name = Objects.requireNonNull(builder.name, "name");
    this.overwrite = builder.overwrite;
    this.tags = builder.tags;
    this.tagsAll = builder.tagsAll;
    this.tier = builder.tier;
    this.type = Objects.requireNonNull(builder.type, "type");
    this.value = builder.value;
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code allowed_pattern}. */
  public String getAllowedPattern() {
    return allowedPattern;
  }

  /** {@code arn}. */
  public String getArn() {
    return arn;
  }

  /** {@code data_type}. */
  public String getDataType() {
    return dataType;
  }

  /** {@code description}. */
  public String getDescription() {
    return description;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code insecure_value}. */
  public String getInsecureValue() {
    return insecureValue;
  }

  /** {@code key_id}. */
  public String getKeyId() {
    return keyId;
  }

  /** {@code name}. */
  public String getName() {
    return name;
  }

  /** {@code overwrite}. */
  public Object getOverwrite() {
    return overwrite;
  }

  /** {@code tags}. */
  public Map<String, String> getTags() {
    return tags;
  }

  /** {@code tags_all}. */
  public Map<String, String> getTagsAll() {
    return tagsAll;
  }

  /** {@code tier}. */
  public String getTier() {
    return tier;
  }

  /** {@code type}. */
  public String getType() {
    return type;
  }

  /** {@code value}. */
  public String getValue() {
    return value;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("allowed_pattern", this.allowedPattern);
    byName.put("arn", this.arn);
    byName.put("data_type", this.dataType);
    byName.put("description", this.description);
    byName.put("id", this.id);
    byName.put("insecure_value", this.insecureValue);
    byName.put("key_id", this.keyId);
    byName.put("name", this.name);
    byName.put("overwrite", this.overwrite);
    byName.put("tags", this.tags);
    byName.put("tags_all", this.tagsAll);
    byName.put("tier", this.tier);
    byName.put("type", this.type);
    byName.put("value", this.value);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String allowedPattern;
    private String arn;
    private String dataType;
    private String description;
    private String id;
    private String insecureValue;
    private String keyId;
    private String name;
    private Object overwrite;
    private Map<String, String> tags;
    private Map<String, String> tagsAll;
    private String tier;
    private String type;
    private String value;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder allowedPattern(String allowedPattern) {
      this.allowedPattern = allowedPattern;
      return this;
    }

    public Builder arn(String arn) {
      this.arn = arn;
      return this;
    }

    public Builder dataType(String dataType) {
      this.dataType = dataType;
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

    public Builder insecureValue(String insecureValue) {
      this.insecureValue = insecureValue;
      return this;
    }

    public Builder keyId(String keyId) {
      this.keyId = keyId;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder overwrite(Boolean overwrite) {
      this.overwrite = overwrite;
      return this;
    }

    public Builder overwrite(IResolvable overwrite) {
      this.overwrite = overwrite;
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

    public Builder tier(String tier) {
      this.tier = tier;
      return this;
    }

    public Builder type(String type) {
      this.type = type;
      return this;
    }

    public Builder value(String value) {
      this.value = value;
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

    public SsmParameterConfig build() {
      return new SsmParameterConfig(this);
    }
  }
}
