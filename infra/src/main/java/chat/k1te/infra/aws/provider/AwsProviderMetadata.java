// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.provider;

import com.hashicorp.cdktf.TerraformProviderGeneratorMetadata;

/** The provider the bindings were generated from, as its own classes declare it. */
public final class AwsProviderMetadata {
  private AwsProviderMetadata() {}

  public static final String SOURCE = "aws";

  public static final TerraformProviderGeneratorMetadata METADATA =
      TerraformProviderGeneratorMetadata.builder()
          .providerName("aws")
          .providerVersion("5.23.1")
          .providerVersionConstraint("~> 5.0")
          .build();
}
