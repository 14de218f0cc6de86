package chat.k1te.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line: bad input fails with a readable message before anything is synthesized. */
class KiteInfraAppTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> env, String... args) {
    CommandLine cli = KiteInfraApp.commandLine(env);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void anUnknownStackIsNamedWithTheValidOnes() {
    int exit = run(Map.of(), "kite-staging");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("Unknown stack 'kite-staging'")
        .contains("local, kite-build, kite-dev, kite-prod")
        .doesNotContain("at chat.k1te");
  }

  @Test
  void aBadEnvironmentValueIsNamed() {
    int exit = run(Map.of("KITE_LAMBDA_PACKAGING", "wasm"), "local");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains("KITE_LAMBDA_PACKAGING: expected one of native, jvm, jvm-aot, got 'wasm'")
        .doesNotContain("Exception");
  }

  @Test
  void aPrefixTooLongForAnAwsNameFailsTheSynthNamingTheInputAndTheLimit() {
    int exit = run(Map.of("KITE_INSTALLATION", "acmecorpx"), "local");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "KITE_INSTALLATION: 'acmecorpx' is too long: the chat files bucket prefix"
                + " 'acmecorpx-prod-k1te-chat-object-store-' would have 38 characters, AWS allows"
                + " 37")
        .doesNotContain("Exception");
  }

  @Test
  void helpDocumentsStacksAndInputs() {
    assertThat(run(Map.of(), "--help")).isZero();
    assertThat(out.toString())
        .contains("KITE_REPOSITORY", "KITE_DOMAIN", "KITE_LAMBDA_PACKAGING", "STACK", "--outdir")
        .contains("KITE_ALARM_EMAIL", "KITE_BUDGET_DEV_USD", "KITE_BUDGET_PROD_USD")
        .contains("KITE_INSTALLATION", "KITE_EXISTING_GITHUB_OIDC_PROVIDER");
  }

  @Test
  void synthesizesOnlyTheNamedStack() throws Exception {
    Path outdir = Files.createTempDirectory("kite-infra-cli");
    int exit = run(Map.of(), "local", "--outdir", outdir.toString());
    assertThat(exit).as(err.toString()).isZero();
    assertThat(outdir.resolve("stacks/local/cdk.tf.json")).isRegularFile();
    assertThat(outdir.resolve("stacks/kite-dev")).doesNotExist();
    assertThat(out.toString()).contains("synthesized " + outdir + "/stacks/local");
  }
}
