// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.codebuild_project;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_codebuild_project}. */
public class CodebuildProject extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_codebuild_project";

  private final Map<String, Object> values;

  public CodebuildProject(Construct scope, String id, CodebuildProjectConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setBadgeEnabled(Boolean value) {
    values.put("badge_enabled", value);
  }

  public void setBadgeEnabled(IResolvable value) {
    values.put("badge_enabled", value);
  }

  public void setBuildTimeout(Number value) {
    values.put("build_timeout", value);
  }

  public void setConcurrentBuildLimit(Number value) {
    values.put("concurrent_build_limit", value);
  }

  public void setDescription(String value) {
    values.put("description", value);
  }

  public void setEncryptionKey(String value) {
    values.put("encryption_key", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setName(String value) {
    values.put("name", value);
  }

  public void setProjectVisibility(String value) {
    values.put("project_visibility", value);
  }

  public void setQueuedTimeout(Number value) {
    values.put("queued_timeout", value);
  }

  public void setResourceAccessRole(String value) {
    values.put("resource_access_role", value);
  }

  public void setServiceRole(String value) {
    values.put("service_role", value);
  }

  public void setSourceVersion(String value) {
    values.put("source_version", value);
  }

  public void setTags(Map<String, String> value) {
    values.put("tags", value);
  }

  public void setTagsAll(Map<String, String> value) {
    values.put("tags_all", value);
  }

  public void setFileSystemLocations(IResolvable value) {
    values.put("file_system_locations", value);
  }

  public void setSecondaryArtifacts(IResolvable value) {
    values.put("secondary_artifacts", value);
  }

  public void setSecondarySourceVersion(IResolvable value) {
    values.put("secondary_source_version", value);
  }

  public void setSecondarySources(IResolvable value) {
    values.put("secondary_sources", value);
  }

  public String getArn() {
    return getStringAttribute("arn");
  }

  public IResolvable getBadgeEnabled() {
    return getBooleanAttribute("badge_enabled");
  }

  public String getBadgeUrl() {
    return getStringAttribute("badge_url");
  }

  public Number getBuildTimeout() {
    return getNumberAttribute("build_timeout");
  }

  public Number getConcurrentBuildLimit() {
    return getNumberAttribute("concurrent_build_limit");
  }

  public String getDescription() {
    return getStringAttribute("description");
  }

  public String getEncryptionKey() {
    return getStringAttribute("encryption_key");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getName() {
    return getStringAttribute("name");
  }

  public String getProjectVisibility() {
    return getStringAttribute("project_visibility");
  }

  public String getPublicProjectAlias() {
    return getStringAttribute("public_project_alias");
  }

  public Number getQueuedTimeout() {
    return getNumberAttribute("queued_timeout");
  }

  public String getResourceAccessRole() {
    return getStringAttribute("resource_access_role");
  }

  public String getServiceRole() {
    return getStringAttribute("service_role");
  }

  public String getSourceVersion() {
    return getStringAttribute("source_version");
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
