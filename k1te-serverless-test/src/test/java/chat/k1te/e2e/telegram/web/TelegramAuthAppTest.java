package chat.k1te.e2e.telegram.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The login app documents itself; it is run by a person, so only its command line is tested. */
class TelegramAuthAppTest {

  @Test
  void helpNamesTheOptionsAndTheSecret() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new TelegramAuthApp()).setOut(new PrintWriter(out));
    assertThat(cli.execute("--help")).isZero();
    assertThat(out.toString())
        .contains("--output", "--timeout", "--browser", "TELEGRAM_WEB_AUTH_JSON", "auth.json");
  }

  @Test
  void aBadTimeoutIsRefusedBeforeAnyBrowserStarts() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new TelegramAuthApp()).setErr(new PrintWriter(err));
    assertThat(cli.execute("--timeout", "soon")).isEqualTo(2);
    assertThat(err.toString()).contains("--timeout", "soon");
  }
}
