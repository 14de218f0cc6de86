package chat.k1te.ci.codebuild;

import static chat.k1te.ci.codebuild.CodeBuildStub.BUCKET;
import static chat.k1te.ci.codebuild.CodeBuildStub.BUILD_ID;
import static chat.k1te.ci.codebuild.CodeBuildStub.build;
import static chat.k1te.ci.codebuild.CodeBuildStub.ok;
import static chat.k1te.ci.codebuild.CodeBuildStub.running;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.workflows.cli.KiteCi;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A real JVM gets SIGTERM (what a cancelled workflow sends) while the build runs. */
class SignalTest {
  @RegisterExtension
  static WireMockExtension aws =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void sigtermStopsTheBuildAndExitsNonZero(@TempDir Path dir) throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    String commit = GitRepo.withOneCommit(repo);
    CodeBuildStub stub = new CodeBuildStub(aws);
    stub.acceptSourceUpload(commit);
    stub.startBuild();
    stub.stopBuild();
    stub.builds(ok(build("IN_PROGRESS", false, List.of(running("BUILD")), false)));

    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                KiteCi.class.getName(),
                "codebuild",
                "run",
                "--bucket",
                BUCKET,
                "--commit",
                commit,
                "--source-dir",
                repo.toString(),
                "--poll-interval",
                "50ms")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("output.txt").toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("GITHUB_") || name.startsWith("AWS_"));
    env.putAll(
        Map.of(
            "AWS_REGION",
            "eu-central-1",
            "AWS_ACCESS_KEY_ID",
            "AKIDTEST",
            "AWS_SECRET_ACCESS_KEY",
            "test-secret",
            "KITE_CODEBUILD_ENDPOINT",
            aws.baseUrl(),
            "KITE_LOGS_ENDPOINT",
            aws.baseUrl(),
            "KITE_S3_ENDPOINT",
            aws.baseUrl()));
    Process process = builder.start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (stub.requests("CodeBuild_20161006.BatchGetBuilds").isEmpty()
          && process.isAlive()
          && System.nanoTime() < deadline) {
        Thread.sleep(20); // waiting for a precondition, not asserting timing
      }
      assertThat(process.isAlive()).as("still polling").isTrue();

      process.destroy();

      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String output = Files.readString(dir.resolve("output.txt"), StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as(output).isNotZero();
      assertThat(stub.requests("CodeBuild_20161006.StopBuild")).hasSize(1);
      assertThat(output)
          .contains(
              "Build " + BUILD_ID + " cancelled by a signal (SIGINT/SIGTERM); sent StopBuild");
    } finally {
      process.destroyForcibly();
    }
  }
}
