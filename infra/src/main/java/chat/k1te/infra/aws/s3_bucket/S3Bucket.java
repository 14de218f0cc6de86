// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.s3_bucket;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_s3_bucket}. */
public class S3Bucket extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_s3_bucket";

  private final Map<String, Object> values;

  public S3Bucket(Construct scope, String id) {
    this(scope, id, S3BucketConfig.builder().build());
  }

  public S3Bucket(Construct scope, String id, S3BucketConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setAccelerationStatus(String value) {
    values.put("acceleration_status", value);
  }

  public void setAcl(String value) {
    values.put("acl", value);
  }

  public void setBucket(String value) {
    values.put("bucket", value);
  }

  public void setBucketPrefix(String value) {
    values.put("bucket_prefix", value);
  }

  public void setForceDestroy(Boolean value) {
    values.put("force_destroy", value);
  }

  public void setForceDestroy(IResolvable value) {
    values.put("force_destroy", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setObjectLockEnabled(Boolean value) {
    values.put("object_lock_enabled", value);
  }

  public void setObjectLockEnabled(IResolvable value) {
    values.put("object_lock_enabled", value);
  }

  public void setPolicy(String value) {
    values.put("policy", value);
  }

  public void setRequestPayer(String value) {
    values.put("request_payer", value);
  }

  public void setTags(Map<String, String> value) {
    values.put("tags", value);
  }

  public void setTagsAll(Map<String, String> value) {
    values.put("tags_all", value);
  }

  public void setCorsRule(IResolvable value) {
    values.put("cors_rule", value);
  }

  public void setGrant(IResolvable value) {
    values.put("grant", value);
  }

  public void setLifecycleRule(IResolvable value) {
    values.put("lifecycle_rule", value);
  }

  public String getAccelerationStatus() {
    return getStringAttribute("acceleration_status");
  }

  public String getAcl() {
    return getStringAttribute("acl");
  }

  public String getArn() {
    return getStringAttribute("arn");
  }

  public String getBucket() {
    return getStringAttribute("bucket");
  }

  public String getBucketDomainName() {
    return getStringAttribute("bucket_domain_name");
  }

  public String getBucketPrefix() {
    return getStringAttribute("bucket_prefix");
  }

  public String getBucketRegionalDomainName() {
    return getStringAttribute("bucket_regional_domain_name");
  }

  public IResolvable getForceDestroy() {
    return getBooleanAttribute("force_destroy");
  }

  public String getHostedZoneId() {
    return getStringAttribute("hosted_zone_id");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public IResolvable getObjectLockEnabled() {
    return getBooleanAttribute("object_lock_enabled");
  }

  public String getPolicy() {
    return getStringAttribute("policy");
  }

  public String getRegion() {
    return getStringAttribute("region");
  }

  public String getRequestPayer() {
    return getStringAttribute("request_payer");
  }

  public Map<String, String> getTags() {
    return getStringMapAttribute("tags");
  }

  public Map<String, String> getTagsAll() {
    return getStringMapAttribute("tags_all");
  }

  public String getWebsiteDomain() {
    return getStringAttribute("website_domain");
  }

  public String getWebsiteEndpoint() {
    return getStringAttribute("website_endpoint");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
