package chat.k1te.infra.awsgen;

import chat.k1te.infra.awsgen.Specs.Binding;
import chat.k1te.infra.awsgen.Specs.Metadata;
import chat.k1te.infra.awsgen.Specs.Struct;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Lean Java bindings of the AWS provider for exactly what infra uses. The stack code's imports of
 * {@code chat.k1te.infra.aws.<resource>.<Class>} are the selection: each imported resource, data
 * source or provider class gets its construct and config class, each imported block class its
 * struct; {@link #COMPLEX} names the computed blocks read through typed references. Everything is
 * read from the jsii provider jar, whose JavaScript the jsii kernel then never loads.
 */
public final class AwsBindings {
  static final String PACKAGE = "chat.k1te.infra.aws";
  static final String PROVIDER_SEGMENT = "provider";
  static final String METADATA_PACKAGE = PACKAGE + "." + PROVIDER_SEGMENT;

  /** Computed blocks read by the stacks: binding class → its attribute (jsii name). */
  static final Map<String, Set<String>> COMPLEX =
      Map.of(
          "AcmCertificate", Set.of("domainValidationOptions"),
          "Apigatewayv2DomainName", Set.of("domainNameConfiguration"));

  private static final Pattern IMPORT =
      Pattern.compile(
          "^import " + Pattern.quote(PACKAGE) + "\\.([a-z0-9_]+)\\.([A-Za-z0-9]+);",
          Pattern.MULTILINE);

  private AwsBindings() {}

  /** Relative path under the source root → content, for the imports found in {@code sources}. */
  public static Map<String, String> generate(Path sources) throws IOException {
    Map<String, Set<String>> imported = imports(sources);
    Set<String> wanted = new java.util.TreeSet<>(imported.keySet());
    wanted.add(PROVIDER_SEGMENT); // the generator metadata is read from the provider class
    ProviderPackage provider = ProviderPackage.fromClassPath(wanted);
    Map<String, String> packageBySubmodule = new LinkedHashMap<>();
    Set<String> bindings = new LinkedHashSet<>();
    Set<String> structs = new LinkedHashSet<>();
    for (var entry : provider.submodules().entrySet()) {
      String segment = entry.getValue();
      packageBySubmodule.put(entry.getKey(), PACKAGE + "." + segment);
      for (String className : imported.getOrDefault(segment, Set.of())) {
        String fqn = entry.getKey() + "." + className;
        var type = provider.types().get(fqn);
        if (type == null || type.path("base").asText().startsWith("cdktf.Complex")) {
          continue; // a computed-block reference class, generated with its binding
        }
        if (type.path("kind").asText().equals("class")) {
          bindings.add(fqn);
        } else if (type.path("datatype").asBoolean()
            && !bindings.contains(fqn.replaceFirst("Config$", ""))) {
          structs.add(fqn);
        }
      }
    }
    structs.removeIf(s -> bindings.contains(s.replaceFirst("Config$", "")));
    SpecReader reader = new SpecReader(provider, structs);
    java.util.function.Function<String, String> structPackage =
        fqn -> packageBySubmodule.get(fqn.substring(0, fqn.lastIndexOf('.')));
    String from = provider.name() + " " + provider.version();
    Map<String, String> files = new TreeMap<>();
    Metadata metadata = reader.metadata();
    files.put(path(METADATA_PACKAGE, "AwsProviderMetadata"), MetadataSource.render(metadata, from));
    for (String fqn : bindings) {
      String name = fqn.substring(fqn.lastIndexOf('.') + 1);
      Binding binding = reader.binding(fqn, COMPLEX.getOrDefault(name, Set.of()));
      BindingSource.render(binding, metadata, structPackage, from)
          .forEach((cls, source) -> files.put(path(binding.javaPackage(), cls), source));
      Struct config = binding.config();
      files.put(
          path(config.javaPackage(), config.name()),
          StructSource.render(config, structPackage, from));
    }
    for (String fqn : structs) {
      Struct struct = reader.struct(fqn, false);
      files.put(
          path(struct.javaPackage(), struct.name()),
          StructSource.render(struct, structPackage, from));
    }
    return files;
  }

  /** The generated files now under {@code sources}, relative path → content. */
  public static Map<String, String> committed(Path sources) throws IOException {
    Map<String, String> files = new TreeMap<>();
    Path root = sources.resolve(PACKAGE.replace('.', '/'));
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String content = Files.readString(file);
        if (content.startsWith("// Generated from ")) {
          files.put(sources.relativize(file).toString().replace('\\', '/'), content);
        }
      }
    }
    return files;
  }

  /** Java package segment of the provider → imported class names, from every non-generated file. */
  static Map<String, Set<String>> imports(Path sources) throws IOException {
    Map<String, Set<String>> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(sources)) {
      for (Path file : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
        String content = Files.readString(file);
        if (content.startsWith("// Generated from ")) {
          continue;
        }
        Matcher m = IMPORT.matcher(content);
        while (m.find()) {
          out.computeIfAbsent(m.group(1), k -> new java.util.TreeSet<>()).add(m.group(2));
        }
      }
    }
    return out;
  }

  private static String path(String javaPackage, String className) {
    return javaPackage.replace('.', '/') + "/" + className + ".java";
  }

  public static List<String> stale(Map<String, String> expected, Map<String, String> actual) {
    Set<String> all = new java.util.TreeSet<>(expected.keySet());
    all.addAll(actual.keySet());
    return all.stream()
        .filter(f -> !java.util.Objects.equals(expected.get(f), actual.get(f)))
        .toList();
  }
}
