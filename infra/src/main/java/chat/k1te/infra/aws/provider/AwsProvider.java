// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.provider;

import chat.k1te.infra.aws.TerraformValues;
import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.TerraformProviderConfig;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws}. */
public class AwsProvider extends TerraformProvider {
  public static final String TF_RESOURCE_TYPE = "aws";

  private final Map<String, Object> values;

  public AwsProvider(Construct scope, String id) {
    this(scope, id, AwsProviderConfig.builder().build());
  }

  public AwsProvider(Construct scope, String id, AwsProviderConfig config) {
    super(
        scope,
        id,
        TerraformProviderConfig.builder()
            .terraformResourceType(TF_RESOURCE_TYPE)
            .terraformGeneratorMetadata(AwsProviderMetadata.METADATA)
            .terraformProviderSource(AwsProviderMetadata.SOURCE)
            .build());
    this.values = config.values();
    if (config.getAlias() != null) {
      setAlias(config.getAlias());
    }
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
