package chat.k1te.infra.awsgen;

import static chat.k1te.infra.awsgen.JavaTypes.capitalize;

import chat.k1te.infra.awsgen.Specs.Field;
import chat.k1te.infra.awsgen.Specs.Struct;
import java.util.function.Function;

/** The Java source of a config or nested block: fields, getters, builder, Terraform values. */
final class StructSource {
  private StructSource() {}

  static String render(
      Struct struct, Function<String, String> structPackage, String generatedFrom) {
    JavaTypes types = new JavaTypes(struct.javaPackage(), structPackage);
    StringBuilder body = new StringBuilder();
    String terraformStruct = types.use("chat.k1te.infra.aws.TerraformStruct");
    String doc =
        struct.doc().isEmpty() ? "{@code " + struct.name() + "}." : JavaTypes.doc(struct.doc());
    body.append("/** ").append(doc).append(" */\n");
    body.append("public final class ")
        .append(struct.name())
        .append(" implements ")
        .append(terraformStruct)
        .append(" {\n");
    for (Field field : struct.fields()) {
      body.append("  private final ")
          .append(fieldType(types, field))
          .append(' ')
          .append(field.javaName())
          .append(";\n");
    }
    if (struct.metaArguments()) {
      body.append("  private final ")
          .append(types.use("chat.k1te.infra.aws.MetaArguments"))
          .append(" metaArguments;\n");
    }
    body.append("\n  private ").append(struct.name()).append("(Builder builder) {\n");
    for (Field field : struct.fields()) {
      body.append("    this.").append(field.javaName()).append(" = ");
      if (field.optional()) {
        body.append("builder.").append(field.javaName());
      } else {
        body.append(types.use("java.util.Objects"))
            .append(".requireNonNull(builder.")
            .append(field.javaName())
            .append(", \"")
            .append(field.javaName())
            .append("\")");
      }
      body.append(";\n");
    }
    if (struct.metaArguments()) {
      body.append("    this.metaArguments =\n        new MetaArguments(\n")
          .append(
              "            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);\n");
    }
    body.append("  }\n\n  public static Builder builder() {\n    return new Builder();\n  }\n");
    for (Field field : struct.fields()) {
      body.append("\n  /** {@code ").append(field.tfName()).append("}. */\n");
      body.append("  public ")
          .append(fieldType(types, field))
          .append(" get")
          .append(capitalize(field.javaName()))
          .append("() {\n    return ")
          .append(field.javaName())
          .append(";\n  }\n");
    }
    if (struct.metaArguments()) {
      body.append(
          "\n  public MetaArguments getMetaArguments() {\n    return metaArguments;\n  }\n");
    }
    String map = types.use("java.util.Map");
    body.append(
        "\n  /** The values by Terraform name, in the provider's order; null when unset. */\n");
    body.append("  ").append(map).append("<String, Object> values() {\n");
    body.append("    ")
        .append(map)
        .append("<String, Object> byName = new ")
        .append(types.use("java.util.LinkedHashMap"))
        .append("<>();\n");
    for (Field field : struct.fields()) {
      body.append("    byName.put(\"")
          .append(field.tfName())
          .append("\", this.")
          .append(field.javaName())
          .append(");\n");
    }
    body.append(
        "    return byName;\n  }\n\n  @Override\n  public Map<String, Object> toTerraform() {\n");
    body.append("    return ")
        .append(types.use("chat.k1te.infra.aws.TerraformValues"))
        .append(".object(values());\n  }\n");
    body.append(builder(types, struct));
    body.append("}\n");
    return types.header(generatedFrom) + body;
  }

  private static String builder(JavaTypes types, Struct struct) {
    StringBuilder out = new StringBuilder("\n  public static final class Builder {\n");
    for (Field field : struct.fields()) {
      out.append("    private ")
          .append(fieldType(types, field))
          .append(' ')
          .append(field.javaName())
          .append(";\n");
    }
    if (struct.metaArguments()) {
      out.append("    private ")
          .append(types.use("java.util.List"))
          .append("<? extends ")
          .append(types.use("com.hashicorp.cdktf.ITerraformDependable"))
          .append("> dependsOn;\n");
      out.append("    private Object count;\n");
      out.append("    private ")
          .append(types.use("com.hashicorp.cdktf.ITerraformIterator"))
          .append(" forEach;\n");
      out.append("    private ")
          .append(types.use("com.hashicorp.cdktf.TerraformResourceLifecycle"))
          .append(" lifecycle;\n");
      out.append("    private ")
          .append(types.use("com.hashicorp.cdktf.TerraformProvider"))
          .append(" provider;\n");
    }
    out.append("\n    private Builder() {}\n");
    for (Field field : struct.fields()) {
      for (TypeRef alternative : field.alternatives()) {
        out.append(setter(field.javaName(), types.of(alternative)));
      }
    }
    if (struct.metaArguments()) {
      out.append(setter("dependsOn", "List<? extends ITerraformDependable>"));
      out.append(setter("count", "Number"));
      out.append(setter("count", types.use("com.hashicorp.cdktf.TerraformCount")));
      out.append(setter("forEach", "ITerraformIterator"));
      out.append(setter("lifecycle", "TerraformResourceLifecycle"));
      out.append(setter("provider", "TerraformProvider"));
    }
    out.append("\n    public ")
        .append(struct.name())
        .append(" build() {\n      return new ")
        .append(struct.name())
        .append("(this);\n    }\n  }\n");
    return out.toString();
  }

  private static String setter(String name, String type) {
    return "\n    public Builder "
        + name
        + "("
        + type
        + " "
        + name
        + ") {\n      this."
        + name
        + " = "
        + name
        + ";\n      return this;\n    }\n";
  }

  /** One alternative: its own type; a union: Object. */
  static String fieldType(JavaTypes types, Field field) {
    if (field.alternatives().size() == 1) {
      return types.of(field.alternatives().get(0));
    }
    field.alternatives().forEach(types::of); // imports for the builder's overloads
    return "Object";
  }
}
