package chat.k1te.infra.awsgen;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The parts of the jsii provider jar the bindings are generated from: the npm package inside it
 * ({@code provider-aws@<version>.jsii.tgz}) holds the assembly {@code .jsii} (types, properties,
 * optionality, docs with the Terraform names) and the compiled JavaScript ({@code
 * lib/<resource>/index.js}: the attribute getters and whether a computed list wraps a set). Only
 * the types of the wanted submodules are kept: the whole assembly is ~130 MB of JSON.
 *
 * @param submodules jsii submodule fqn → the last segment of its Java package in the provider's own
 *     binding (e.g. {@code dynamodb_table})
 * @param types type fqn → its jsii description
 * @param javascript {@code lib/<dir>/index.js} path → source
 */
record ProviderPackage(
    String name,
    String version,
    Map<String, String> submodules,
    Map<String, JsonNode> types,
    Map<String, String> javascript) {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String RESOURCE_FOLDER = "com/hashicorp/cdktf/providers/aws/";
  private static final String POM_PROPERTIES =
      "META-INF/maven/com.hashicorp/cdktf-provider-aws/pom.properties";

  /**
   * Reads the provider package from the provider jar on the class path (as a resource: none of its
   * classes is loaded).
   *
   * @param wantedJavaPackages last segments of the provider's Java packages to keep (e.g. {@code
   *     dynamodb_table})
   */
  static ProviderPackage fromClassPath(Set<String> wantedJavaPackages) throws IOException {
    Properties pom = new Properties();
    try (InputStream in = resource(POM_PROPERTIES)) {
      pom.load(in);
    }
    String tgz = RESOURCE_FOLDER + "provider-aws@" + pom.getProperty("version") + ".jsii.tgz";
    try (InputStream in = resource(tgz);
        TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(in, 1 << 16))) {
      return read(tar, wantedJavaPackages);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = ProviderPackage.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " not on the class path (com.hashicorp:cdktf-provider-aws)");
    }
    return in;
  }

  private static ProviderPackage read(TarArchiveInputStream tar, Set<String> wanted)
      throws IOException {
    String[] nameAndVersion = null;
    Map<String, String> submodules = new LinkedHashMap<>();
    Map<String, JsonNode> types = new LinkedHashMap<>();
    Map<String, String> javascript = new LinkedHashMap<>();
    TarArchiveEntry entry;
    while ((entry = tar.getNextEntry()) != null) {
      String path = entry.getName();
      if (path.equals("package/.jsii")) {
        JsonParser parser = new JsonFactory(MAPPER).createParser(nonClosing(tar));
        nameAndVersion = readAssembly(parser, wanted, submodules, types);
      } else if (path.matches("package/lib/[^/]+/index\\.js")) {
        String dir = path.substring("package/lib/".length(), path.length() - "/index.js".length());
        if (types.values().stream().anyMatch(t -> dir.equals(sourceDir(t)))) {
          javascript.put(dir, new String(tar.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    if (nameAndVersion == null) {
      throw new IOException("no package/.jsii in the provider package");
    }
    return new ProviderPackage(nameAndVersion[0], nameAndVersion[1], submodules, types, javascript);
  }

  /** The {@code src/<dir>/index.ts} folder a type is declared in. */
  static String sourceDir(JsonNode type) {
    String file = type.path("locationInModule").path("filename").asText();
    return file.replaceFirst("^src/", "").replaceFirst("/index\\.ts$", "");
  }

  /** Reads submodules and wanted types; returns the assembly's name and version. */
  private static String[] readAssembly(
      JsonParser parser,
      Set<String> wanted,
      Map<String, String> submodules,
      Map<String, JsonNode> types)
      throws IOException {
    String name = null;
    String version = null;
    expect(parser.nextToken(), JsonToken.START_OBJECT);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.getCurrentName();
      parser.nextToken();
      switch (field) {
        case "name" -> name = parser.getText();
        case "version" -> version = parser.getText();
        case "submodules" -> {
          JsonNode all = parser.readValueAsTree();
          all.fields()
              .forEachRemaining(
                  e -> {
                    // jsii's default for a submodule without its own Java package: snake case
                    String submodule = e.getKey().substring(e.getKey().lastIndexOf('.') + 1);
                    String javaPackage =
                        e.getValue()
                            .path("targets")
                            .path("java")
                            .path("package")
                            .asText(
                                submodule.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT));
                    String segment = javaPackage.substring(javaPackage.lastIndexOf('.') + 1);
                    if (wanted.contains(segment)) {
                      submodules.put(e.getKey(), segment);
                    }
                  });
        }
        case "types" -> {
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String fqn = parser.getCurrentName();
            parser.nextToken();
            if (submodules.containsKey(fqn.substring(0, fqn.lastIndexOf('.')))) {
              types.put(fqn, parser.readValueAsTree());
            } else {
              parser.skipChildren();
            }
          }
        }
        default -> parser.skipChildren();
      }
    }
    return new String[] {name, version};
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new IOException("expected " + expected + " in .jsii, got " + actual);
    }
  }

  private static InputStream nonClosing(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }
}
