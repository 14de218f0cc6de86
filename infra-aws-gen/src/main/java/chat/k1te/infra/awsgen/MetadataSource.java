package chat.k1te.infra.awsgen;

import chat.k1te.infra.awsgen.Specs.Metadata;

/** The source of {@code AwsProviderMetadata}: what every binding tells cdktf about the provider. */
final class MetadataSource {
  private MetadataSource() {}

  static String render(Metadata metadata, String from) {
    JavaTypes types =
        new JavaTypes(AwsBindings.METADATA_PACKAGE, fqn -> AwsBindings.METADATA_PACKAGE);
    String type = types.use("com.hashicorp.cdktf.TerraformProviderGeneratorMetadata");
    return types.header(from)
        + "/** The provider the bindings were generated from, as its own classes declare it. */\n"
        + "public final class AwsProviderMetadata {\n"
        + "  private AwsProviderMetadata() {}\n\n"
        + "  public static final String SOURCE = \""
        + metadata.source()
        + "\";\n\n"
        + "  public static final "
        + type
        + " METADATA =\n"
        + "      "
        + type
        + ".builder()\n"
        + "          .providerName(\""
        + metadata.providerName()
        + "\")\n"
        + "          .providerVersion(\""
        + metadata.version()
        + "\")\n"
        + "          .providerVersionConstraint(\""
        + metadata.constraint()
        + "\")\n"
        + "          .build();\n"
        + "}\n";
  }
}
