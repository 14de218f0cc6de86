package chat.k1te.infra.awsgen;

import java.util.Set;
import java.util.TreeSet;

/** Java spellings of jsii types, collecting the imports one source file needs. */
final class JavaTypes {
  private final Set<String> imports = new TreeSet<>();
  private final String javaPackage;
  private final java.util.function.Function<String, String> structPackage;

  /**
   * @param structPackage fqn of a bound struct → its Java package
   */
  JavaTypes(String javaPackage, java.util.function.Function<String, String> structPackage) {
    this.javaPackage = javaPackage;
    this.structPackage = structPackage;
  }

  /** Imports {@code qualified} and returns its simple name. */
  String use(String qualified) {
    String pkg = qualified.substring(0, qualified.lastIndexOf('.'));
    if (!pkg.equals(javaPackage) && !pkg.equals("java.lang")) {
      imports.add(qualified);
    }
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  /** The type of a parameter or field holding {@code type}. */
  String of(TypeRef type) {
    if (type instanceof TypeRef.Primitive p) {
      return switch (p.name()) {
        case "string" -> "String";
        case "number" -> "Number";
        case "boolean" -> "Boolean";
        default -> "Object";
      };
    }
    if (type instanceof TypeRef.Named n) {
      if (n.fqn().equals(TypeRef.RESOLVABLE)) {
        return use("com.hashicorp.cdktf.IResolvable");
      }
      String simple = n.fqn().substring(n.fqn().lastIndexOf('.') + 1);
      return use(structPackage.apply(n.fqn()) + "." + simple);
    }
    if (type instanceof TypeRef.ListOf l) {
      String element = of(l.element());
      boolean struct =
          l.element() instanceof TypeRef.Named n && !n.fqn().equals(TypeRef.RESOLVABLE);
      return use("java.util.List") + "<" + (struct ? "? extends " : "") + element + ">";
    }
    if (type instanceof TypeRef.MapOf m) {
      return use("java.util.Map") + "<String, " + of(m.element()) + ">";
    }
    throw new IllegalArgumentException("unbound type " + type);
  }

  /** The Java return type of a cdktf {@code get*Attribute} method. */
  String ofGetter(String method) {
    return switch (method) {
      case "getStringAttribute" -> "String";
      case "getNumberAttribute" -> "Number";
      case "getBooleanAttribute" -> use("com.hashicorp.cdktf.IResolvable");
      case "getListAttribute" -> use("java.util.List") + "<String>";
      case "getNumberListAttribute" -> use("java.util.List") + "<Number>";
      case "getStringMapAttribute" -> use("java.util.Map") + "<String, String>";
      case "getNumberMapAttribute" -> use("java.util.Map") + "<String, Number>";
      case "getBooleanMapAttribute" -> use("java.util.Map") + "<String, Boolean>";
      case "getAnyMapAttribute" -> use("java.util.Map") + "<String, Object>";
      default -> throw new IllegalArgumentException("unknown getter " + method);
    };
  }

  String header(String generatedFrom) {
    StringBuilder out = new StringBuilder();
    out.append("// Generated from ")
        .append(generatedFrom)
        .append(" by infra-aws-gen; do not edit.\n");
    out.append("package ").append(javaPackage).append(";\n\n");
    for (String i : imports) {
      out.append("import ").append(i).append(";\n");
    }
    if (!imports.isEmpty()) {
      out.append("\n");
    }
    return out.toString();
  }

  static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Javadoc text with the characters that would end or break a comment escaped. */
  static String doc(String text) {
    return text.replaceAll("\\{@link \\S+ ([^}]+)}", "{@code $1}")
        .replace("*/", "*&#47;")
        .replace("\n", " ")
        .strip();
  }
}
