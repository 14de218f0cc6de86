// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.cloudwatch_log_group;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_cloudwatch_log_group}. */
public class CloudwatchLogGroup extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_cloudwatch_log_group";

  private final Map<String, Object> values;

  public CloudwatchLogGroup(Construct scope, String id) {
    this(scope, id, CloudwatchLogGroupConfig.builder().build());
  }

  public CloudwatchLogGroup(Construct scope, String id, CloudwatchLogGroupConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setKmsKeyId(String value) {
    values.put("kms_key_id", value);
  }

  public void setName(String value) {
    values.put("name", value);
  }

  public void setNamePrefix(String value) {
    values.put("name_prefix", value);
  }

  public void setRetentionInDays(Number value) {
    values.put("retention_in_days", value);
  }

  public void setSkipDestroy(Boolean value) {
    values.put("skip_destroy", value);
  }

  public void setSkipDestroy(IResolvable value) {
    values.put("skip_destroy", value);
  }

  public void setTags(Map<String, String> value) {
    values.put("tags", value);
  }

  public void setTagsAll(Map<String, String> value) {
    values.put("tags_all", value);
  }

  public String getArn() {
    return getStringAttribute("arn");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getKmsKeyId() {
    return getStringAttribute("kms_key_id");
  }

  public String getName() {
    return getStringAttribute("name");
  }

  public String getNamePrefix() {
    return getStringAttribute("name_prefix");
  }

  public Number getRetentionInDays() {
    return getNumberAttribute("retention_in_days");
  }

  public IResolvable getSkipDestroy() {
    return getBooleanAttribute("skip_destroy");
  }

  public Map<String, String> getTags() {
    return getStringMapAttribute("tags");
  }

  public Map<String, String> getTagsAll() {
    return getStringMapAttribute("tags_all");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
