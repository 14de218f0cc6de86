package chat.k1te.ci.drift;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.ci.CiRun;
import chat.k1te.ci.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kite-ci drift deployed} on what {@code terraform output -json} prints. */
class DeployedCommandTest {
  private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

  @TempDir Path dir;

  private CiRun.Result deployed(String stack, String outputsJson) throws Exception {
    Path outputs = dir.resolve("outputs.json");
    Files.writeString(outputs, outputsJson);
    return CiRun.run(
        Map.of(
            "GITHUB_OUTPUT", dir.resolve("github-output").toString(),
            "GITHUB_STEP_SUMMARY", dir.resolve("summary.md").toString()),
        "drift",
        "deployed",
        "--stack",
        stack,
        "--outputs-json",
        outputs.toString());
  }

  private String githubOutput() throws Exception {
    return Files.readString(dir.resolve("github-output"));
  }

  @Test
  void aStageWithoutStateIsNotDeployedAndNotAFailure() throws Exception {
    // `terraform output -json` prints {} when the backend holds no state for the stack
    CiRun.Result result = deployed("kite-prod", "{}\n");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).contains("Stack kite-prod is not deployed; drift not checked");
    assertThat(githubOutput()).isEqualTo("deployed=false\n");
    assertThat(Files.readString(dir.resolve("summary.md")))
        .startsWith("## Stack `kite-prod` is not deployed")
        .contains("no plan was made and no issue changed");
  }

  @Test
  void aDeployedStageGivesTheCommitAndSecretsVersionItRuns() throws Exception {
    CiRun.Result result =
        deployed(
            "kite-dev",
            "{\"artifact_commit\":{\"sensitive\":false,\"type\":\"string\",\"value\":\""
                + SHA
                + "\"},\"telegram_secrets_version\":{\"sensitive\":false,\"type\":\"number\","
                + "\"value\":3},\"ws_url\":{\"sensitive\":false,\"type\":\"string\","
                + "\"value\":\"wss://x\"}}");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OK);
    assertThat(githubOutput())
        .isEqualTo("deployed=true\nartifact-commit=" + SHA + "\ntelegram-secrets-version=3\n");
    assertThat(dir.resolve("summary.md")).doesNotExist();
  }

  @Test
  void aDeployedBuildStackNeedsNoCommit() throws Exception {
    CiRun.Result result =
        deployed(
            "kite-build",
            "{\"artifacts_bucket\":{\"sensitive\":false,\"type\":\"string\",\"value\":\"b\"}}");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OK);
    assertThat(githubOutput()).isEqualTo("deployed=true\n");
  }

  @Test
  void aDeployedStageWithoutACommitOutputIsARemoteStateError() throws Exception {
    CiRun.Result result =
        deployed(
            "kite-dev",
            "{\"ws_url\":{\"sensitive\":false,\"type\":\"string\",\"value\":\"wss://x\"}}");

    assertThat(result.exitCode()).isEqualTo(ExitCode.REMOTE_STATE);
    assertThat(result.err()).contains("kite-dev is deployed but its output artifact_commit");
  }

  @Test
  void outputThatIsNotTerraformsObjectIsInvalidInput() throws Exception {
    assertThat(deployed("kite-dev", "[]").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    CiRun.Result broken = deployed("kite-dev", "{\"artifact_commit\":");
    assertThat(broken.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(broken.err()).contains("is not valid JSON");
    assertThat(deployed("kite-nope", "{}").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
  }
}
