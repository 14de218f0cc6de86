// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.lambda_function;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.TerraformResource;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_lambda_function}. */
public class LambdaFunction extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_lambda_function";

  private final Map<String, Object> values;

  public LambdaFunction(Construct scope, String id, LambdaFunctionConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setArchitectures(List<String> value) {
    values.put("architectures", value);
  }

  public void setCodeSigningConfigArn(String value) {
    values.put("code_signing_config_arn", value);
  }

  public void setDescription(String value) {
    values.put("description", value);
  }

  public void setFilename(String value) {
    values.put("filename", value);
  }

  public void setFunctionName(String value) {
    values.put("function_name", value);
  }

  public void setHandler(String value) {
    values.put("handler", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setImageUri(String value) {
    values.put("image_uri", value);
  }

  public void setKmsKeyArn(String value) {
    values.put("kms_key_arn", value);
  }

  public void setLayers(List<String> value) {
    values.put("layers", value);
  }

  public void setMemorySize(Number value) {
    values.put("memory_size", value);
  }

  public void setPackageType(String value) {
    values.put("package_type", value);
  }

  public void setPublish(Boolean value) {
    values.put("publish", value);
  }

  public void setPublish(IResolvable value) {
    values.put("publish", value);
  }

  public void setReplaceSecurityGroupsOnDestroy(Boolean value) {
    values.put("replace_security_groups_on_destroy", value);
  }

  public void setReplaceSecurityGroupsOnDestroy(IResolvable value) {
    values.put("replace_security_groups_on_destroy", value);
  }

  public void setReplacementSecurityGroupIds(List<String> value) {
    values.put("replacement_security_group_ids", value);
  }

  public void setReservedConcurrentExecutions(Number value) {
    values.put("reserved_concurrent_executions", value);
  }

  public void setRole(String value) {
    values.put("role", value);
  }

  public void setRuntime(String value) {
    values.put("runtime", value);
  }

  public void setS3Bucket(String value) {
    values.put("s3_bucket", value);
  }

  public void setS3Key(String value) {
    values.put("s3_key", value);
  }

  public void setS3ObjectVersion(String value) {
    values.put("s3_object_version", value);
  }

  public void setSkipDestroy(Boolean value) {
    values.put("skip_destroy", value);
  }

  public void setSkipDestroy(IResolvable value) {
    values.put("skip_destroy", value);
  }

  public void setSourceCodeHash(String value) {
    values.put("source_code_hash", value);
  }

  public void setTags(Map<String, String> value) {
    values.put("tags", value);
  }

  public void setTagsAll(Map<String, String> value) {
    values.put("tags_all", value);
  }

  public void setTimeout(Number value) {
    values.put("timeout", value);
  }

  public List<String> getArchitectures() {
    return getListAttribute("architectures");
  }

  public String getArn() {
    return getStringAttribute("arn");
  }

  public String getCodeSigningConfigArn() {
    return getStringAttribute("code_signing_config_arn");
  }

  public String getDescription() {
    return getStringAttribute("description");
  }

  public String getFilename() {
    return getStringAttribute("filename");
  }

  public String getFunctionName() {
    return getStringAttribute("function_name");
  }

  public String getHandler() {
    return getStringAttribute("handler");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getImageUri() {
    return getStringAttribute("image_uri");
  }

  public String getInvokeArn() {
    return getStringAttribute("invoke_arn");
  }

  public String getKmsKeyArn() {
    return getStringAttribute("kms_key_arn");
  }

  public String getLastModified() {
    return getStringAttribute("last_modified");
  }

  public List<String> getLayers() {
    return getListAttribute("layers");
  }

  public Number getMemorySize() {
    return getNumberAttribute("memory_size");
  }

  public String getPackageType() {
    return getStringAttribute("package_type");
  }

  public IResolvable getPublish() {
    return getBooleanAttribute("publish");
  }

  public String getQualifiedArn() {
    return getStringAttribute("qualified_arn");
  }

  public String getQualifiedInvokeArn() {
    return getStringAttribute("qualified_invoke_arn");
  }

  public IResolvable getReplaceSecurityGroupsOnDestroy() {
    return getBooleanAttribute("replace_security_groups_on_destroy");
  }

  public List<String> getReplacementSecurityGroupIds() {
    return Fn.tolist(getListAttribute("replacement_security_group_ids"));
  }

  public Number getReservedConcurrentExecutions() {
    return getNumberAttribute("reserved_concurrent_executions");
  }

  public String getRole() {
    return getStringAttribute("role");
  }

  public String getRuntime() {
    return getStringAttribute("runtime");
  }

  public String getS3Bucket() {
    return getStringAttribute("s3_bucket");
  }

  public String getS3Key() {
    return getStringAttribute("s3_key");
  }

  public String getS3ObjectVersion() {
    return getStringAttribute("s3_object_version");
  }

  public String getSigningJobArn() {
    return getStringAttribute("signing_job_arn");
  }

  public String getSigningProfileVersionArn() {
    return getStringAttribute("signing_profile_version_arn");
  }

  public IResolvable getSkipDestroy() {
    return getBooleanAttribute("skip_destroy");
  }

  public String getSourceCodeHash() {
    return getStringAttribute("source_code_hash");
  }

  public Number getSourceCodeSize() {
    return getNumberAttribute("source_code_size");
  }

  public Map<String, String> getTags() {
    return getStringMapAttribute("tags");
  }

  public Map<String, String> getTagsAll() {
    return getStringMapAttribute("tags_all");
  }

  public Number getTimeout() {
    return getNumberAttribute("timeout");
  }

  public String getVersion() {
    return getStringAttribute("version");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
