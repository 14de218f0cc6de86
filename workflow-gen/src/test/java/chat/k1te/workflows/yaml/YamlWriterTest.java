package chat.k1te.workflows.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.k1te.workflows.support.Yaml;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YamlWriterTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "plain text | plain text",
        "${{ vars.AWS_REGION }} | ${{ vars.AWS_REGION }}",
        "./.github/actions/smoke | ./.github/actions/smoke",
        "17 | '17'",
        "1.12.2 | '1.12.2'",
        "true | 'true'",
        "on | 'on'",
        "no | 'no'",
        "null | 'null'",
        "*/target/reports/ | '*/target/reports/'",
        "a: b | 'a: b'",
        "a #b | 'a #b'",
        "it's | it's",
        "'quoted' | '''quoted'''",
        "-Dfoo | '-Dfoo'",
        "{x} | '{x}'",
        "ends with colon: | 'ends with colon:'",
        "0 10 * * 1-5 | 0 10 * * 1-5",
      })
  void scalarsArePlainOnlyWhenTheyReadBackAsTheSameString(String value, String expected) {
    assertThat(YamlWriter.scalar(value)).isEqualTo(expected);
    String yaml = YamlWriter.write(List.of(), Map.of("k", value));
    assertThat(Yaml.parse(yaml).get("k")).isEqualTo(value);
  }

  @Test
  void writesNestedMapsListsLiteralBlocksAndTrailingComments() {
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("name", "Build");
    step.put("uses", new Commented("actions/checkout@" + "a".repeat(40), "v4.2.2"));
    step.put("run", "echo one\n\necho two\n");
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("on", Map.of());
    root.put("empty", List.of());
    root.put("flag", false);
    root.put("count", 3);
    root.put("steps", List.of(step, "plain"));
    root.put("keep", "no trailing newline\nsecond");

    String yaml = YamlWriter.write(List.of("header line"), root);

    assertThat(yaml)
        .isEqualTo(
            """
            # header line
            on: {}
            empty: []
            flag: false
            count: 3
            steps:
              - name: Build
                uses: actions/checkout@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa # v4.2.2
                run: |
                  echo one

                  echo two
              - plain
            keep: |-
              no trailing newline
              second
            """);
    Map<String, Object> back = Yaml.parse(yaml);
    assertThat(Yaml.map(Yaml.list(back.get("steps")).get(0)).get("run"))
        .isEqualTo("echo one\n\necho two\n");
    assertThat(back.get("keep")).isEqualTo("no trailing newline\nsecond");
  }

  @Test
  void failsLoudlyOnWhatItCannotWriteFaithfully() {
    assertThatThrownBy(() -> YamlWriter.write(List.of(), Map.of("k", 1.5)))
        .hasMessageContaining("Cannot emit java.lang.Double");
    assertThatThrownBy(() -> YamlWriter.write(List.of(), Map.of("k", " indented\nx")))
        .hasMessageContaining("must not start with blank space");
    assertThatThrownBy(() -> YamlWriter.write(List.of(), Map.of("k", "x\n\n")))
        .hasMessageContaining("at most one newline");
    assertThatThrownBy(() -> YamlWriter.write(List.of(), Map.of("bad key", "x")))
        .hasMessageContaining("Unsupported YAML key 'bad key'");
  }
}
