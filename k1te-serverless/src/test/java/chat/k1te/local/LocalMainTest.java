package chat.k1te.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LocalMainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = LocalMain.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void helpDocumentsTheOptions() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .contains("--port", "--stage", "--telegram-token", "8080", "Default: local", "Exit codes");
  }

  @Test
  void invalidOptionsAreNamed() {
    assertThat(run("--port", "99999")).isEqualTo(2);
    assertThat(err.toString()).contains("port must be 0..65535").doesNotContain("at chat.");
    assertThat(run("--stage", "Bad_Stage")).isEqualTo(2);
    assertThat(err.toString()).contains("stage must be").contains("Bad_Stage");
    assertThat(run("--telegram-token", "nonsense")).isEqualTo(2);
    assertThat(err.toString()).contains("telegram token must look like <bot id>:<secret>");
  }

  @Test
  void aTakenPortIsReportedWithoutStartingAnything() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThat(run("--port", String.valueOf(taken.getLocalPort()))).isEqualTo(1);
      assertThat(err.toString()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
    }
  }
}
