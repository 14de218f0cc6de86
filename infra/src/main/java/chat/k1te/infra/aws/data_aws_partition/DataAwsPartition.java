// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.data_aws_partition;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.TerraformDataSource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_partition}. */
public class DataAwsPartition extends TerraformDataSource {
  public static final String TF_RESOURCE_TYPE = "aws_partition";

  private final Map<String, Object> values;

  public DataAwsPartition(Construct scope, String id) {
    this(scope, id, DataAwsPartitionConfig.builder().build());
  }

  public DataAwsPartition(Construct scope, String id, DataAwsPartitionConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public String getDnsSuffix() {
    return getStringAttribute("dns_suffix");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getPartition() {
    return getStringAttribute("partition");
  }

  public String getReverseDnsPrefix() {
    return getStringAttribute("reverse_dns_prefix");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
