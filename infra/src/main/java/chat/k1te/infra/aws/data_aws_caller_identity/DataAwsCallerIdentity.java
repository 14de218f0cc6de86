// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.data_aws_caller_identity;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.TerraformDataSource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_caller_identity}. */
public class DataAwsCallerIdentity extends TerraformDataSource {
  public static final String TF_RESOURCE_TYPE = "aws_caller_identity";

  private final Map<String, Object> values;

  public DataAwsCallerIdentity(Construct scope, String id) {
    this(scope, id, DataAwsCallerIdentityConfig.builder().build());
  }

  public DataAwsCallerIdentity(Construct scope, String id, DataAwsCallerIdentityConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public String getAccountId() {
    return getStringAttribute("account_id");
  }

  public String getArn() {
    return getStringAttribute("arn");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getUserId() {
    return getStringAttribute("user_id");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
