// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.s3_bucket_server_side_encryption_configuration;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_s3_bucket_server_side_encryption_configuration}. */
public class S3BucketServerSideEncryptionConfigurationA extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_s3_bucket_server_side_encryption_configuration";

  private final Map<String, Object> values;

  public S3BucketServerSideEncryptionConfigurationA(Construct scope, String id, S3BucketServerSideEncryptionConfigurationAConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setBucket(String value) {
    values.put("bucket", value);
  }

  public void setExpectedBucketOwner(String value) {
    values.put("expected_bucket_owner", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public String getBucket() {
    return getStringAttribute("bucket");
  }

  public String getExpectedBucketOwner() {
    return getStringAttribute("expected_bucket_owner");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
