// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.s3_bucket_public_access_block;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_s3_bucket_public_access_block}. */
public class S3BucketPublicAccessBlock extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_s3_bucket_public_access_block";

  private final Map<String, Object> values;

  public S3BucketPublicAccessBlock(Construct scope, String id, S3BucketPublicAccessBlockConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setBlockPublicAcls(Boolean value) {
    values.put("block_public_acls", value);
  }

  public void setBlockPublicAcls(IResolvable value) {
    values.put("block_public_acls", value);
  }

  public void setBlockPublicPolicy(Boolean value) {
    values.put("block_public_policy", value);
  }

  public void setBlockPublicPolicy(IResolvable value) {
    values.put("block_public_policy", value);
  }

  public void setBucket(String value) {
    values.put("bucket", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setIgnorePublicAcls(Boolean value) {
    values.put("ignore_public_acls", value);
  }

  public void setIgnorePublicAcls(IResolvable value) {
    values.put("ignore_public_acls", value);
  }

  public void setRestrictPublicBuckets(Boolean value) {
    values.put("restrict_public_buckets", value);
  }

  public void setRestrictPublicBuckets(IResolvable value) {
    values.put("restrict_public_buckets", value);
  }

  public IResolvable getBlockPublicAcls() {
    return getBooleanAttribute("block_public_acls");
  }

  public IResolvable getBlockPublicPolicy() {
    return getBooleanAttribute("block_public_policy");
  }

  public String getBucket() {
    return getStringAttribute("bucket");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public IResolvable getIgnorePublicAcls() {
    return getBooleanAttribute("ignore_public_acls");
  }

  public IResolvable getRestrictPublicBuckets() {
    return getBooleanAttribute("restrict_public_buckets");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
