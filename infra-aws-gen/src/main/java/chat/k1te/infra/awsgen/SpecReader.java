package chat.k1te.infra.awsgen;

import chat.k1te.infra.awsgen.Specs.Binding;
import chat.k1te.infra.awsgen.Specs.Complex;
import chat.k1te.infra.awsgen.Specs.Field;
import chat.k1te.infra.awsgen.Specs.Getter;
import chat.k1te.infra.awsgen.Specs.Kind;
import chat.k1te.infra.awsgen.Specs.Metadata;
import chat.k1te.infra.awsgen.Specs.Struct;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/** Turns the selected provider types into binding specs. */
final class SpecReader {
  private static final Pattern TF_NAME = Pattern.compile("\\{@link \\S+#([a-z0-9_]+) ");
  private static final Pattern TF_TYPE = Pattern.compile("\\{@link \\S+ ([a-z0-9_]+)\\}");
  private static final Pattern GETTER =
      Pattern.compile(
          "get (\\w+)\\(\\) \\{\\s*return (cdktf\\.Fn\\.tolist\\()?this\\.(get\\w+Attribute)\\('([a-z0-9_]+)'\\)");

  private final ProviderPackage provider;
  private final Set<String> selectedStructs;

  /**
   * @param selectedStructs fqns of the nested blocks to bind; block properties of other types are
   *     left out of the builders
   */
  SpecReader(ProviderPackage provider, Set<String> selectedStructs) {
    this.provider = provider;
    this.selectedStructs = selectedStructs;
  }

  Binding binding(String fqn, Set<String> complexAttributes) {
    JsonNode type = provider.types().get(fqn);
    Kind kind =
        switch (type.path("base").asText()) {
          case "cdktf.TerraformResource" -> Kind.RESOURCE;
          case "cdktf.TerraformDataSource" -> Kind.DATA_SOURCE;
          case "cdktf.TerraformProvider" -> Kind.PROVIDER;
          default ->
              throw new IllegalArgumentException(fqn + " is no resource, data source or provider");
        };
    String doc = type.path("docs").path("summary").asText();
    String tfType = match(TF_TYPE, doc, fqn);
    String configFqn = fqn + "Config";
    String js = classSource(type, type.get("name").asText());
    List<Complex> complex = new ArrayList<>();
    for (String attribute : complexAttributes) {
      complex.add(complex(type, js, attribute));
    }
    return new Binding(
        kind,
        type.get("name").asText(),
        javaPackage(fqn),
        tfType,
        doc,
        struct(configFqn, kind != Kind.PROVIDER),
        getters(js),
        complex);
  }

  Struct struct(String fqn, boolean metaArguments) {
    JsonNode type = provider.types().get(fqn);
    if (type == null || !type.path("datatype").asBoolean()) {
      throw new IllegalArgumentException(fqn + " is no struct of the provider");
    }
    List<JsonNode> properties =
        StreamSupport.stream(type.path("properties").spliterator(), false)
            .sorted(Comparator.comparingInt(p -> p.path("locationInModule").path("line").asInt()))
            .toList();
    List<Field> fields = new ArrayList<>();
    for (JsonNode property : properties) {
      String name = property.get("name").asText();
      JsonNode docs = property.path("docs");
      String tfName =
          match(
              TF_NAME,
              docs.path("summary").asText() + " " + docs.path("remarks").asText(),
              fqn + "." + name);
      boolean optional = property.path("optional").asBoolean();
      List<TypeRef> alternatives =
          TypeRef.of(property.get("type")).alternatives().stream().filter(this::bindable).toList();
      if (alternatives.isEmpty()) {
        if (!optional) {
          throw new IllegalArgumentException(
              fqn + "." + name + " is required but its type is not bound");
        }
        continue;
      }
      fields.add(new Field(name, tfName, alternatives, optional, docs.path("summary").asText()));
    }
    String doc = type.path("docs").path("summary").asText("");
    return new Struct(type.get("name").asText(), javaPackage(fqn), doc, fields, metaArguments);
  }

  Metadata metadata() {
    String js = provider.javascript().get("provider");
    return new Metadata(
        match(Pattern.compile("providerName: '([^']+)'"), js, "provider"),
        match(Pattern.compile("providerVersion: '([^']+)'"), js, "provider"),
        match(Pattern.compile("providerVersionConstraint: '([^']+)'"), js, "provider"),
        match(Pattern.compile("terraformProviderSource: '([^']+)'"), js, "provider"));
  }

  private boolean bindable(TypeRef type) {
    if (type instanceof TypeRef.Primitive p) {
      return Set.of("string", "number", "boolean", "any", "json").contains(p.name());
    }
    if (type instanceof TypeRef.Named n) {
      return n.fqn().equals(TypeRef.RESOLVABLE) || selectedStructs.contains(n.fqn());
    }
    if (type instanceof TypeRef.ListOf l) {
      return bindable(l.element());
    }
    if (type instanceof TypeRef.MapOf m) {
      return bindable(m.element());
    }
    return false;
  }

  private Complex complex(JsonNode type, String js, String attribute) {
    Matcher m =
        Pattern.compile(
                "this\\._"
                    + attribute
                    + " = new (\\w+)\\(this, \"([a-z0-9_]+)\"(?:, (true|false))?\\);")
            .matcher(js);
    if (!m.find()) {
      throw new IllegalArgumentException(
          "no complex attribute " + attribute + " in " + type.get("fqn"));
    }
    String className = m.group(1);
    boolean list = className.endsWith("List");
    String reference =
        list ? className.substring(0, className.length() - 4) + "OutputReference" : className;
    List<Getter> getters = getters(classSource(type, reference));
    return new Complex(
        attribute,
        m.group(2),
        reference,
        list ? className : null,
        "true".equals(m.group(3)),
        getters);
  }

  private static List<Getter> getters(String classJs) {
    Map<String, Getter> byName = new TreeMap<>();
    Matcher m = GETTER.matcher(classJs);
    while (m.find()) {
      byName.put(m.group(1), new Getter(m.group(1), m.group(3), m.group(4), m.group(2) != null));
    }
    return List.copyOf(byName.values());
  }

  /** The compiled JavaScript of one class of the type's source file. */
  private String classSource(JsonNode type, String className) {
    String js = provider.javascript().get(ProviderPackage.sourceDir(type));
    int start = js.indexOf("\nclass " + className + " extends ");
    int end = js.indexOf("\nexports." + className + " = " + className + ";", start);
    if (start < 0 || end < 0) {
      throw new IllegalArgumentException("no class " + className + " in the provider's JavaScript");
    }
    return js.substring(start, end);
  }

  private String javaPackage(String fqn) {
    return AwsBindings.PACKAGE
        + "."
        + provider.submodules().get(fqn.substring(0, fqn.lastIndexOf('.')));
  }

  private static String match(Pattern pattern, String text, String what) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new IllegalArgumentException("no " + pattern + " in the docs of " + what);
    }
    return m.group(1);
  }
}
