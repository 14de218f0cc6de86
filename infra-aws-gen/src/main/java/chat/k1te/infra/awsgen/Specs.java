package chat.k1te.infra.awsgen;

import java.util.List;

/** What one generated binding is made of, read from the provider package. */
final class Specs {
  private Specs() {}

  enum Kind {
    RESOURCE("TerraformResource"),
    DATA_SOURCE("TerraformDataSource"),
    PROVIDER("TerraformProvider");

    final String baseClass;

    Kind(String baseClass) {
      this.baseClass = baseClass;
    }
  }

  /**
   * One settable property of a config or block.
   *
   * @param javaName the provider's (jsii) name, used for builder method and getter
   * @param tfName the Terraform attribute or block name
   * @param alternatives the Java-visible types the builder accepts (several for a union)
   */
  record Field(
      String javaName, String tfName, List<TypeRef> alternatives, boolean optional, String doc) {}

  /** A config or nested block: a Java class with a builder and {@code toTerraform()}. */
  record Struct(
      String name, String javaPackage, String doc, List<Field> fields, boolean metaArguments) {}

  /**
   * A computed attribute read through cdktf's {@code get*Attribute}.
   *
   * @param method e.g. {@code getStringAttribute}
   * @param tolist whether the provider wraps it in {@code Fn.tolist} (a set)
   */
  record Getter(String javaName, String method, String tfName, boolean tolist) {}

  /**
   * A nested computed block read as an object or list of objects.
   *
   * @param referenceClass the provider's {@code *OutputReference} class name
   * @param listClass the provider's {@code *List} class name, or null for a single object
   */
  record Complex(
      String javaName,
      String tfName,
      String referenceClass,
      String listClass,
      boolean wrapsSet,
      List<Getter> getters) {}

  /**
   * @param tfType the resource type (e.g. {@code aws_dynamodb_table}) or the provider name
   */
  record Binding(
      Kind kind,
      String name,
      String javaPackage,
      String tfType,
      String doc,
      Struct config,
      List<Getter> getters,
      List<Complex> complex) {}

  /** The provider's generator metadata, shared by every binding. */
  record Metadata(String providerName, String version, String constraint, String source) {}
}
