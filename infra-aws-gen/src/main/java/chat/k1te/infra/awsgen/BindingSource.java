package chat.k1te.infra.awsgen;

import static chat.k1te.infra.awsgen.JavaTypes.capitalize;

import chat.k1te.infra.awsgen.Specs.Binding;
import chat.k1te.infra.awsgen.Specs.Complex;
import chat.k1te.infra.awsgen.Specs.Field;
import chat.k1te.infra.awsgen.Specs.Getter;
import chat.k1te.infra.awsgen.Specs.Kind;
import chat.k1te.infra.awsgen.Specs.Metadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Java sources of one resource, data source or provider: the construct class and, for each
 * bound computed block, its reference (and list) class.
 */
final class BindingSource {
  private BindingSource() {}

  /** Simple class name → source. */
  static Map<String, String> render(
      Binding binding, Metadata metadata, Function<String, String> structPackage, String from) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(binding.name(), construct(binding, metadata, structPackage, from));
    for (Complex complex : binding.complex()) {
      out.put(
          complex.referenceClass(), ComplexSource.reference(binding, complex, structPackage, from));
      if (complex.listClass() != null) {
        out.put(complex.listClass(), ComplexSource.list(binding, complex, structPackage, from));
      }
    }
    return out;
  }

  private static String construct(
      Binding binding, Metadata metadata, Function<String, String> structPackage, String from) {
    JavaTypes types = new JavaTypes(binding.javaPackage(), structPackage);
    String config = binding.config().name();
    String base = types.use("com.hashicorp.cdktf." + binding.kind().baseClass);
    String construct = types.use("software.constructs.Construct");
    String map = types.use("java.util.Map");
    String metadataClass = types.use(AwsBindings.METADATA_PACKAGE + ".AwsProviderMetadata");
    StringBuilder body = new StringBuilder();
    body.append("/** ").append(JavaTypes.doc(binding.doc())).append(" */\n");
    body.append("public class ")
        .append(binding.name())
        .append(" extends ")
        .append(base)
        .append(" {\n");
    body.append("  public static final String TF_RESOURCE_TYPE = \"")
        .append(binding.tfType())
        .append("\";\n\n");
    body.append("  private final ").append(map).append("<String, Object> values;\n\n");
    if (binding.config().fields().stream().allMatch(Field::optional)) {
      body.append("  public ")
          .append(binding.name())
          .append("(")
          .append(construct)
          .append(" scope, String id) {\n")
          .append("    this(scope, id, ")
          .append(config)
          .append(".builder().build());\n  }\n\n");
    }
    body.append("  public ")
        .append(binding.name())
        .append("(")
        .append(construct)
        .append(" scope, String id, ")
        .append(config)
        .append(" config) {\n");
    if (binding.kind() == Kind.PROVIDER) {
      body.append("    super(\n        scope,\n        id,\n        ")
          .append(types.use("com.hashicorp.cdktf.TerraformProviderConfig"))
          .append(".builder()\n")
          .append("            .terraformResourceType(TF_RESOURCE_TYPE)\n")
          .append("            .terraformGeneratorMetadata(")
          .append(metadataClass)
          .append(".METADATA)\n")
          .append("            .terraformProviderSource(")
          .append(metadataClass)
          .append(".SOURCE)\n")
          .append("            .build());\n");
    } else {
      body.append("    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, ")
          .append(metadataClass)
          .append(".METADATA));\n");
    }
    body.append("    this.values = config.values();\n");
    if (binding.kind() == Kind.PROVIDER
        && binding.config().fields().stream().anyMatch(f -> f.javaName().equals("alias"))) {
      body.append(
          "    if (config.getAlias() != null) {\n      setAlias(config.getAlias());\n    }\n");
    }
    body.append("  }\n");
    for (Field field :
        binding.kind() == Kind.PROVIDER ? List.<Field>of() : binding.config().fields()) {
      if (field.alternatives().stream().allMatch(BindingSource::plain)) {
        for (TypeRef alternative : field.alternatives()) {
          body.append("\n  public void set")
              .append(capitalize(field.javaName()))
              .append("(")
              .append(types.of(alternative))
              .append(" value) {\n    values.put(\"")
              .append(field.tfName())
              .append("\", value);\n  }\n");
        }
      }
    }
    appendGetters(body, types, binding.getters());
    for (Complex complex : binding.complex()) {
      String type = complex.listClass() != null ? complex.listClass() : complex.referenceClass();
      body.append("\n  public ")
          .append(type)
          .append(" get")
          .append(capitalize(complex.javaName()))
          .append("() {\n    return new ")
          .append(type)
          .append("(this, \"")
          .append(complex.tfName());
      body.append(complex.listClass() != null ? "\", " + complex.wrapsSet() : "\", 0, false")
          .append(");\n  }\n");
    }
    body.append(
            "\n  @Override\n  protected Map<String, Object> synthesizeAttributes() {\n    return ")
        .append(types.use("chat.k1te.infra.aws.TerraformValues"))
        .append(".object(values);\n  }\n}\n");
    return types.header(from) + body;
  }

  static void appendGetters(StringBuilder body, JavaTypes types, List<Getter> getters) {
    for (Getter getter : getters) {
      body.append("\n  public ")
          .append(types.ofGetter(getter.method()))
          .append(" get")
          .append(capitalize(getter.javaName()))
          .append("() {\n    return ");
      if (getter.tolist()) {
        body.append(types.use("com.hashicorp.cdktf.Fn")).append(".tolist(");
      }
      body.append(getter.method()).append("(\"").append(getter.tfName()).append("\")");
      body.append(getter.tolist() ? ");\n  }\n" : ";\n  }\n");
    }
  }

  /** A value a setter takes as is: anything but a block or a list of blocks. */
  private static boolean plain(TypeRef type) {
    if (type instanceof TypeRef.Named named) {
      return named.fqn().equals(TypeRef.RESOLVABLE);
    }
    if (type instanceof TypeRef.ListOf list) {
      return plain(list.element());
    }
    return true;
  }
}
