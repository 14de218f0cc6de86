package chat.k1te.infra.awsgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the generator makes for a source tree importing one resource and one of its blocks. */
class AwsBindingsTest {
  private static final String TABLE = "chat/k1te/infra/aws/dynamodb_table/";

  @TempDir static Path sources;
  private static Map<String, String> files;

  @BeforeAll
  static void generate() throws IOException {
    Path user = sources.resolve("example/Tables.java");
    Files.createDirectories(user.getParent());
    Files.writeString(
        user,
        """
        package example;

        import chat.k1te.infra.aws.dynamodb_table.DynamodbTable;
        import chat.k1te.infra.aws.dynamodb_table.DynamodbTableAttribute;
        """);
    files = AwsBindings.generate(sources);
  }

  @Test
  void exactlyTheImportedClassesTheirConfigsAndTheMetadata() {
    assertThat(files)
        .containsOnlyKeys(
            TABLE + "DynamodbTable.java",
            TABLE + "DynamodbTableConfig.java",
            TABLE + "DynamodbTableAttribute.java",
            "chat/k1te/infra/aws/provider/AwsProviderMetadata.java");
  }

  @Test
  void theResourceKnowsItsTerraformTypeAndReadsAttributesByTheirTerraformNames() {
    String table = files.get(TABLE + "DynamodbTable.java");
    assertThat(table)
        .contains("extends TerraformResource")
        .contains("TF_RESOURCE_TYPE = \"aws_dynamodb_table\"")
        .contains("public String getStreamArn() {\n    return getStringAttribute(\"stream_arn\");");
  }

  @Test
  void theConfigKeepsTheProviderOrderAndLeavesOutBlocksThatAreNotImported() {
    String config = files.get(TABLE + "DynamodbTableConfig.java");
    // the provider synthesizes attributes alphabetically, then the blocks
    assertThat(config.indexOf("byName.put(\"billing_mode\""))
        .isPositive()
        .isLessThan(config.indexOf("byName.put(\"write_capacity\""));
    assertThat(config.indexOf("byName.put(\"write_capacity\""))
        .isLessThan(config.indexOf("byName.put(\"attribute\""));
    assertThat(config)
        .contains("Objects.requireNonNull(builder.name, \"name\")")
        .contains("public Builder attribute(List<? extends DynamodbTableAttribute> attribute)")
        .contains("public Builder attribute(IResolvable attribute)")
        .contains("public Builder dependsOn(")
        .doesNotContain("point_in_time_recovery");
  }

  @Test
  void theMetadataIsTheProviderVersionItWasGeneratedFrom() {
    assertThat(files.get("chat/k1te/infra/aws/provider/AwsProviderMetadata.java"))
        .contains(".providerName(\"aws\")")
        .contains(".providerVersion(\"5.23.1\")")
        .contains(".providerVersionConstraint(\"~> 5.0\")");
  }
}
