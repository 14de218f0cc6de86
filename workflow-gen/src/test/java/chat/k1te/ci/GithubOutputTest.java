package chat.k1te.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

class GithubOutputTest {
  @Test
  void singleLineValuesUseNameEqualsValue(@TempDir Path dir) throws Exception {
    GithubOutput output = new GithubOutput(dir.resolve("out"));
    Map<String, String> values = new LinkedHashMap<>();
    values.put("build-id", "p:1");
    values.put("skipped", "false");
    output.write(values);
    output.write("log-url", "https://x/?a=b");

    assertThat(Files.readString(dir.resolve("out")))
        .isEqualTo("build-id=p:1\nskipped=false\nlog-url=https://x/?a=b\n");
  }

  @Test
  void multiLineValuesUseARandomDelimiterSoTheyCannotInjectOutputs() {
    String value = "line 1\nskipped=true\r\nEOF";

    String text = GithubOutput.format("reason", value);

    Matcher heredoc =
        Pattern.compile("reason<<(kite_[0-9a-f]{32})\n(.*)\n\\1\n", Pattern.DOTALL).matcher(text);
    assertThat(heredoc.matches()).as(text).isTrue();
    assertThat(heredoc.group(2)).isEqualTo(value);
  }

  @Test
  void badOutputNamesAreRejected() {
    assertThatThrownBy(() -> GithubOutput.format("a=b", "x"))
        .hasMessageContaining("Invalid step output name 'a=b'");
  }

  @Test
  void durationsParseInEveryAcceptedForm() {
    DurationConverter converter = new DurationConverter();
    assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(converter.convert("10s")).isEqualTo(Duration.ofSeconds(10));
    assertThat(converter.convert("60m")).isEqualTo(Duration.ofHours(1));
    assertThat(converter.convert("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(converter.convert("PT5M")).isEqualTo(Duration.ofMinutes(5));
    assertThatThrownBy(() -> converter.convert("5 minutes"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("use e.g. 500ms, 10s, 60m");
    assertThatThrownBy(() -> converter.convert("0s"))
        .hasMessageContaining("must be a positive duration");
    assertThatThrownBy(() -> converter.convert("10")).hasMessageContaining("is not a duration");
  }
}
