package chat.k1te.infra.awsgen;

import chat.k1te.infra.awsgen.Specs.Binding;
import chat.k1te.infra.awsgen.Specs.Complex;
import java.util.function.Function;

/**
 * The sources of a computed block read through a reference: a {@code ComplexObject} subclass with
 * typed getters and, for a list, a small class whose {@code get(index)} makes one.
 */
final class ComplexSource {
  private ComplexSource() {}

  static String reference(
      Binding binding, Complex complex, Function<String, String> structPackage, String from) {
    JavaTypes types = new JavaTypes(binding.javaPackage(), structPackage);
    String parent = types.use("com.hashicorp.cdktf.IInterpolatingParent");
    StringBuilder body = new StringBuilder();
    body.append("/** Computed block {@code ")
        .append(complex.tfName())
        .append("} of {@code ")
        .append(binding.tfType())
        .append("}. */\n");
    body.append("public final class ")
        .append(complex.referenceClass())
        .append(" extends ")
        .append(types.use("com.hashicorp.cdktf.ComplexObject"))
        .append(" {\n");
    body.append("  ")
        .append(complex.referenceClass())
        .append("(\n      ")
        .append(parent)
        .append(" resource, String attribute, Number index, boolean fromSet) {\n")
        .append("    super(resource, attribute, fromSet, index);\n  }\n");
    BindingSource.appendGetters(body, types, complex.getters());
    body.append("}\n");
    return types.header(from) + body;
  }

  static String list(
      Binding binding, Complex complex, Function<String, String> structPackage, String from) {
    JavaTypes types = new JavaTypes(binding.javaPackage(), structPackage);
    String parent = types.use("com.hashicorp.cdktf.IInterpolatingParent");
    String name = complex.listClass();
    return types.header(from)
        + "/** Computed block list {@code "
        + complex.tfName()
        + "} of {@code "
        + binding.tfType()
        + "}. */\n"
        + "public final class "
        + name
        + " {\n"
        + "  private final "
        + parent
        + " resource;\n"
        + "  private final String attribute;\n"
        + "  private final boolean wrapsSet;\n\n"
        + "  "
        + name
        + "("
        + parent
        + " resource, String attribute, boolean wrapsSet) {\n"
        + "    this.resource = resource;\n    this.attribute = attribute;\n    this.wrapsSet = wrapsSet;\n  }\n\n"
        + "  /** The element at {@code index} (through {@code tolist()} when the block is a set). */\n"
        + "  public "
        + complex.referenceClass()
        + " get(Number index) {\n"
        + "    return new "
        + complex.referenceClass()
        + "(resource, attribute, index, wrapsSet);\n  }\n}\n";
  }
}
