// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.s3_bucket_policy;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_s3_bucket_policy}. */
public class S3BucketPolicy extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_s3_bucket_policy";

  private final Map<String, Object> values;

  public S3BucketPolicy(Construct scope, String id, S3BucketPolicyConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setBucket(String value) {
    values.put("bucket", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setPolicy(String value) {
    values.put("policy", value);
  }

  public String getBucket() {
    return getStringAttribute("bucket");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getPolicy() {
    return getStringAttribute("policy");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
