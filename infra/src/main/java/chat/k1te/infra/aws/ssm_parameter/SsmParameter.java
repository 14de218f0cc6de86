// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.ssm_parameter;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_ssm_parameter}. */
public class SsmParameter extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_ssm_parameter";

  private final Map<String, Object> values;

  public SsmParameter(Construct scope, String id, SsmParameterConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setAllowedPattern(String value) {
    values.put("allowed_pattern", value);
  }

  public void setArn(String value) {
    values.put("arn", value);
  }

  public void setDataType(String value) {
    values.put("data_type", value);
  }

  public void setDescription(String value) {
    values.put("description", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setInsecureValue(String value) {
    values.put("insecure_value", value);
  }

  public void setKeyId(String value) {
    values.put("key_id", value);
  }

  public void setName(String value) {
    values.put("name", value);
  }

  public void setOverwrite(Boolean value) {
    values.put("overwrite", value);
  }

  public void setOverwrite(IResolvable value) {
    values.put("overwrite", value);
  }

  public void setTags(Map<String, String> value) {
    values.put("tags", value);
  }

  public void setTagsAll(Map<String, String> value) {
    values.put("tags_all", value);
  }

  public void setTier(String value) {
    values.put("tier", value);
  }

  public void setType(String value) {
    values.put("type", value);
  }

  public void setValue(String value) {
    values.put("value", value);
  }

  public String getAllowedPattern() {
    return getStringAttribute("allowed_pattern");
  }

  public String getArn() {
    return getStringAttribute("arn");
  }

  public String getDataType() {
    return getStringAttribute("data_type");
  }

  public String getDescription() {
    return getStringAttribute("description");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getInsecureValue() {
    return getStringAttribute("insecure_value");
  }

  public String getKeyId() {
    return getStringAttribute("key_id");
  }

  public String getName() {
    return getStringAttribute("name");
  }

  public IResolvable getOverwrite() {
    return getBooleanAttribute("overwrite");
  }

  public Map<String, String> getTags() {
    return getStringMapAttribute("tags");
  }

  public Map<String, String> getTagsAll() {
    return getStringMapAttribute("tags_all");
  }

  public String getTier() {
    return getStringAttribute("tier");
  }

  public String getType() {
    return getStringAttribute("type");
  }

  public String getValue() {
    return getStringAttribute("value");
  }

  public Number getVersion() {
    return getNumberAttribute("version");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
