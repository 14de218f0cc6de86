package chat.k1te.workflows.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * kite-ci.jar shades the module's runtime class path, which the test class path contains: a YAML
 * library absent here is absent from the jar. None is used at run time (the generator writes YAML
 * itself), and snakeyaml 1.x carries a critical deserialization vulnerability (CVE-2022-1471).
 */
class ShippedLibrariesTest {
  private static boolean loadable(String className) {
    try {
      Class.forName(className, false, ShippedLibrariesTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  @Test
  void noYamlLibraryIsOnTheClassPathTheJarIsBuiltFrom() {
    assertThat(
            List.of(
                "org.yaml.snakeyaml.Yaml",
                "com.fasterxml.jackson.dataformat.yaml.YAMLFactory",
                "tools.jackson.dataformat.yaml.YAMLFactory"))
        .noneMatch(ShippedLibrariesTest::loadable);
  }
}
