package chat.k1te.ci.codebuild;

import static chat.k1te.ci.codebuild.CodeBuildStub.BUCKET;
import static chat.k1te.ci.codebuild.CodeBuildStub.BUILD_ID;
import static chat.k1te.ci.codebuild.CodeBuildStub.awsError;
import static chat.k1te.ci.codebuild.CodeBuildStub.build;
import static chat.k1te.ci.codebuild.CodeBuildStub.done;
import static chat.k1te.ci.codebuild.CodeBuildStub.json;
import static chat.k1te.ci.codebuild.CodeBuildStub.logEvents;
import static chat.k1te.ci.codebuild.CodeBuildStub.logRequest;
import static chat.k1te.ci.codebuild.CodeBuildStub.ok;
import static chat.k1te.ci.codebuild.CodeBuildStub.phase;
import static chat.k1te.ci.codebuild.CodeBuildStub.running;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.ci.CiRun;
import chat.k1te.ci.ExitCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeBuildRunCommandTest {
  @RegisterExtension
  static WireMockExtension aws =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path repo;
  private String commit;
  private Map<String, String> env;
  private CodeBuildStub stub;

  @BeforeEach
  void setUp() throws Exception {
    repo = Files.createDirectories(dir.resolve("repo"));
    commit = GitRepo.withOneCommit(repo);
    env = new HashMap<>();
    env.put("AWS_REGION", "eu-central-1");
    env.put("AWS_ACCESS_KEY_ID", "AKIDTEST");
    env.put("AWS_SECRET_ACCESS_KEY", "test-secret");
    env.put("KITE_CODEBUILD_ENDPOINT", aws.baseUrl());
    env.put("KITE_LOGS_ENDPOINT", aws.baseUrl());
    env.put("KITE_S3_ENDPOINT", aws.baseUrl());
    env.put("GITHUB_OUTPUT", dir.resolve("output").toString());
    env.put("GITHUB_STEP_SUMMARY", dir.resolve("summary.md").toString());
    stub = new CodeBuildStub(aws);
  }

  private List<String> args(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "codebuild",
                "run",
                "--bucket",
                BUCKET,
                "--commit",
                commit,
                "--source-dir",
                repo.toString(),
                "--poll-interval",
                "10ms"));
    args.addAll(List.of(extra));
    return args;
  }

  private CiRun.Result run(String... extra) {
    return CiRun.run(env, args(extra).toArray(String[]::new));
  }

  private static List<String> logLines(String out) {
    return out.lines().filter(l -> l.startsWith("log line ")).toList();
  }

  private String outputs() throws Exception {
    return Files.readString(dir.resolve("output"));
  }

  private String summary() throws Exception {
    return Files.readString(dir.resolve("summary.md"));
  }

  private void startable() {
    stub.acceptSourceUpload(commit);
    stub.startBuild();
    stub.stopBuild();
  }

  @Test
  void succeedsStreamingLogsAndPhasesOnce() throws Exception {
    startable();
    stub.builds(
        ok(
            build(
                "IN_PROGRESS",
                false,
                List.of(done("SUBMITTED", 0), running("PROVISIONING")),
                false)),
        ok(
            build(
                "IN_PROGRESS",
                false,
                List.of(done("SUBMITTED", 0), done("PROVISIONING", 12), running("BUILD")),
                true)),
        ok(
            build(
                "SUCCEEDED",
                true,
                List.of(
                    done("SUBMITTED", 0),
                    done("PROVISIONING", 12),
                    done("BUILD", 170),
                    phase("COMPLETED", null, null, null, null)),
                true)));
    stub.logPage(null, "f/2", "log line 1", "log line 2");
    stub.logPage("f/2", "f/3", "log line 3");
    stub.logPage("f/3", "f/3");
    stub.artifactExists(commit, true);

    CiRun.Result result =
        run(
            "--env",
            "MAVEN_OPTS=-Xmx6g",
            "--env-parameter",
            "TOKEN=/kite/token",
            "--compute-type",
            "BUILD_GENERAL1_LARGE",
            "--buildspec",
            "k1te-serverless/buildspec-native.yml");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OK);
    assertThat(logLines(result.out())).containsExactly("log line 1", "log line 2", "log line 3");
    assertThat(result.out())
        .contains("Started build " + BUILD_ID)
        .contains(
            "Build log: https://eu-central-1.console.aws.amazon.com/codesuite/codebuild/projects/kite-native-arm64/build/kite-native-arm64%3A")
        .contains(
            "▶ phase PROVISIONING",
            "phase PROVISIONING SUCCEEDED in 12s",
            "phase BUILD SUCCEEDED in 170s")
        .contains(
            "✔ Build "
                + BUILD_ID
                + " SUCCEEDED; artifact s3://kite-artifacts/lambda/"
                + commit
                + "/function.zip");
    assertThat(result.out().indexOf("Started build"))
        .isLessThan(result.out().indexOf("log line 1"));
    assertThat(outputs())
        .contains("build-id=" + BUILD_ID + "\n", "skipped=false\n", "build-status=SUCCEEDED\n")
        .contains("artifact-key=lambda/" + commit + "/function.zip\n")
        .contains("log-url=https://eu-central-1.console.aws.amazon.com/");
    assertThat(summary())
        .contains(
            "**SUCCEEDED**",
            "| BUILD | SUCCEEDED | 2m 50s |",
            "3m 12s",
            "s3://kite-artifacts/lambda/" + commit + "/function.zip");

    JsonNode start =
        JSON.readTree(stub.requests("CodeBuild_20161006.StartBuild").get(0).getBodyAsString());
    assertThat(start.path("projectName").asText()).isEqualTo("kite-native-arm64");
    assertThat(start.path("sourceTypeOverride").asText()).isEqualTo("S3");
    assertThat(start.path("sourceLocationOverride").asText())
        .isEqualTo(BUCKET + "/source/" + commit + ".zip");
    assertThat(start.path("computeTypeOverride").asText()).isEqualTo("BUILD_GENERAL1_LARGE");
    assertThat(start.path("buildspecOverride").asText())
        .isEqualTo("k1te-serverless/buildspec-native.yml");
    assertThat(start.path("timeoutInMinutesOverride").asInt()).isEqualTo(60);
    assertThat(start.path("idempotencyToken").asText()).isNotBlank();
    assertThat(start.path("environmentVariablesOverride").toString())
        .isEqualTo(
            "[{\"name\":\"KITE_COMMIT\",\"value\":\""
                + commit
                + "\",\"type\":\"PLAINTEXT\"},"
                + "{\"name\":\"MAVEN_OPTS\",\"value\":\"-Xmx6g\",\"type\":\"PLAINTEXT\"},"
                + "{\"name\":\"TOKEN\",\"value\":\"/kite/token\",\"type\":\"PARAMETER_STORE\"}]");

    List<LoggedRequest> uploads =
        aws.findAll(putRequestedFor(urlEqualTo("/" + BUCKET + "/source/" + commit + ".zip")));
    assertThat(uploads).hasSize(1);
    assertThat(zipEntries(uploads.get(0)))
        .contains("README.md", ".gitignore")
        .doesNotContain("secret.env");
  }

  /** The SDK may send the body aws-chunked; the zip starts at the local file header. */
  private static List<String> zipEntries(LoggedRequest upload) throws Exception {
    byte[] body = upload.getBody();
    int start = 0;
    while (start + 1 < body.length && !(body[start] == 'P' && body[start + 1] == 'K')) {
      start++;
    }
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip =
        new ZipInputStream(new ByteArrayInputStream(body, start, body.length - start))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        names.add(entry.getName());
      }
    }
    return names;
  }

  @Test
  void throttlingMidStreamKeepsTheLogPosition() throws Exception {
    startable();
    String withLogs = build("IN_PROGRESS", false, List.of(running("BUILD")), true);
    stub.builds(
        ok(withLogs),
        ok(withLogs),
        ok(withLogs),
        ok(withLogs),
        ok(build("SUCCEEDED", true, List.of(done("BUILD", 9)), true)));
    stub.logPage(null, "f/2", "log line 1", "log line 2");
    stub.scenario(
        "throttled",
        () -> logRequest("f/2"),
        awsError(400, "ThrottlingException", "Rate exceeded"),
        awsError(503, "ServiceUnavailableException", "try later"),
        json(logEvents("f/4", "log line 3", "log line 4")));
    stub.logPage("f/4", "f/5", "log line 5");
    stub.logPage("f/5", "f/5");
    stub.artifactExists(commit, true);

    CiRun.Result result = run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OK);
    assertThat(logLines(result.out()))
        .containsExactly("log line 1", "log line 2", "log line 3", "log line 4", "log line 5");
    assertThat(result.err())
        .contains("ThrottlingException (HTTP 400): Rate exceeded; log position kept")
        .contains("ServiceUnavailableException (HTTP 503)");
    List<String> tokens =
        stub.requests("Logs_20140328.GetLogEvents").stream()
            .map(r -> readTree(r.getBodyAsString()).path("nextToken").asText("head"))
            .toList();
    assertThat(tokens).containsSubsequence("head", "f/2", "f/2", "f/2", "f/4", "f/5");
    assertThat(tokens).filteredOn("head"::equals).hasSize(1);
  }

  @Test
  void emptyPagesAndLinesArrivingAfterCompletionAreNotLost() {
    startable();
    stub.builds(
        ok(build("IN_PROGRESS", false, List.of(running("BUILD")), true)),
        ok(build("SUCCEEDED", true, List.of(done("BUILD", 9)), true)));
    stub.logPage(null, "f/1", "log line 1");
    stub.logPage("f/1", "f/2"); // empty page, but the token moved: not the end of the stream
    stub.logPage("f/2", "f/3", "log line 2");
    stub.scenario(
        "late",
        () -> logRequest("f/3"),
        json(logEvents("f/3")),
        json(logEvents("f/3")),
        json(logEvents("f/4", "log line 3")));
    stub.logPage("f/4", "f/4");
    stub.artifactExists(commit, true);

    CiRun.Result result = run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OK);
    assertThat(logLines(result.out())).containsExactly("log line 1", "log line 2", "log line 3");
  }

  @Test
  void logStreamNotCreatedYetIsWaitedFor() {
    startable();
    String withLogs = build("IN_PROGRESS", false, List.of(running("BUILD")), true);
    stub.builds(
        ok(withLogs),
        ok(withLogs),
        ok(
            build(
                "FAULT",
                true,
                List.of(phase("BUILD", "FAULT", 1, "INTERNAL", "CodeBuild hiccup")),
                true)));
    stub.scenario(
        "stream",
        () -> logRequest(null),
        awsError(400, "ResourceNotFoundException", "The specified log stream does not exist."),
        json(logEvents("f/1", "log line 1")));
    stub.logPage("f/1", "f/1");

    CiRun.Result result = run();

    assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(logLines(result.out())).containsExactly("log line 1");
    assertThat(result.err()).doesNotContain("⚠");
    assertThat(result.err())
        .contains("FAULT (a CodeBuild-side error) in phase BUILD: INTERNAL: CodeBuild hiccup");
  }

  @Test
  void hideLogsStaysHonouredWhileThrottled() throws Exception {
    startable();
    stub.builds(
        awsError(400, "ThrottlingException", "Rate exceeded"),
        ok(build("IN_PROGRESS", false, List.of(running("BUILD")), true)),
        awsError(500, "InternalFailure", "oops"),
        ok(build("SUCCEEDED", true, List.of(done("BUILD", 9)), true)));
    stub.logPage(null, "f/1", "log line 1");
    stub.artifactExists(commit, true);

    CiRun.Result result = run("--hide-logs");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OK);
    assertThat(logLines(result.out())).isEmpty();
    assertThat(stub.requests("Logs_20140328.GetLogEvents")).isEmpty();
    assertThat(result.err()).contains("ThrottlingException", "InternalFailure (HTTP 500)");
    assertThat(result.out()).contains("phase BUILD SUCCEEDED");
  }

  @Test
  void failedBuildNamesThePhaseAndItsContext() throws Exception {
    startable();
    stub.builds(
        ok(
            build(
                "FAILED",
                true,
                List.of(
                    done("PROVISIONING", 10),
                    phase(
                        "BUILD",
                        "FAILED",
                        42,
                        "COMMAND_EXECUTION_ERROR",
                        "Error while executing command: ./mvnw -Dnative package. Reason: exit status 1")),
                true)));
    stub.logPage(null, "f/1", "log line 1");
    stub.logPage("f/1", "f/1");

    CiRun.Result result = run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.FAILURE);
    assertThat(result.err().strip())
        .isEqualTo(
            "✘ Build "
                + BUILD_ID
                + " FAILED in phase BUILD: COMMAND_EXECUTION_ERROR: "
                + "Error while executing command: ./mvnw -Dnative package. Reason: exit status 1");
    assertThat(outputs()).contains("build-status=FAILED\n");
    assertThat(summary()).contains("**FAILED**", "| BUILD | FAILED | 42s |");
    assertThat(
            aws.findAll(
                anyRequestedFor(urlEqualTo("/" + BUCKET + "/lambda/" + commit + "/function.zip"))))
        .isEmpty();
  }

  @Test
  void codeBuildTimeoutIsReported() {
    startable();
    stub.builds(
        ok(
            build(
                "TIMED_OUT", true, List.of(phase("BUILD", "TIMED_OUT", 3600, null, null)), false)));

    CiRun.Result result = run();

    assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(result.err())
        .contains("TIMED_OUT after 60 minutes (CodeBuild timeout) in phase BUILD");
  }

  @Test
  void stoppedByOthersIsReported() {
    startable();
    stub.builds(
        ok(build("STOPPED", true, List.of(phase("BUILD", "STOPPED", 5, null, null)), false)));

    CiRun.Result result = run();

    assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(result.err()).contains("Build " + BUILD_ID + " was STOPPED in phase BUILD");
  }

  @Test
  void overallTimeoutStopsTheBuild() {
    startable();
    stub.builds(ok(build("IN_PROGRESS", false, List.of(running("BUILD")), false)));

    CiRun.Result result = run("--timeout", "300ms");

    assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(result.err()).contains("did not finish within PT0.3S; sent StopBuild");
    assertThat(stub.requests("CodeBuild_20161006.StopBuild"))
        .singleElement()
        .satisfies(
            r -> assertThat(readTree(r.getBodyAsString()).path("id").asText()).isEqualTo(BUILD_ID));
  }

  @Test
  void refusedLogReadStopsTheBuildInsteadOfAbandoningIt() throws Exception {
    startable();
    stub.builds(ok(build("IN_PROGRESS", false, List.of(running("BUILD")), true)));
    aws.stubFor(
        logRequest(null)
            .willReturn(
                awsError(400, "AccessDeniedException", "not authorized to perform GetLogEvents")));

    CiRun.Result result = run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.REMOTE_STATE);
    assertThat(result.err())
        .contains(
            "Watching build "
                + BUILD_ID
                + " failed: AccessDeniedException (HTTP 400): not authorized to perform"
                + " GetLogEvents; sent StopBuild");
    assertThat(stub.requests("CodeBuild_20161006.StopBuild")).hasSize(1);
    assertThat(outputs()).contains("build-status=STOPPED\n");
  }

  @Test
  void cancelStopsTheBuildAndFails() throws Exception {
    startable();
    stub.builds(ok(build("IN_PROGRESS", false, List.of(running("BUILD")), true)));
    stub.logPage(null, "f/1", "log line 1");
    stub.logPage("f/1", "f/1");
    Cancellation cancellation = new Cancellation();

    CompletableFuture<CiRun.Result> running =
        CompletableFuture.supplyAsync(
            () -> CiRun.run(env, cancellation, args().toArray(String[]::new)));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (stub.requests("Logs_20140328.GetLogEvents").isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20); // waiting for a precondition, not asserting timing
    }
    cancellation.cancel("cancelled by a signal (SIGINT/SIGTERM)");
    CiRun.Result result = running.get(30, TimeUnit.SECONDS);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.FAILURE);
    assertThat(result.err())
        .contains("Build " + BUILD_ID + " cancelled by a signal (SIGINT/SIGTERM); sent StopBuild");
    assertThat(stub.requests("CodeBuild_20161006.StopBuild")).hasSize(1);
    assertThat(outputs()).contains("build-status=STOPPED\n");
    assertThat(summary()).contains("**STOPPED**", "| BUILD |  |  |");
  }

  @Test
  void skipIfExistsStartsNoBuildWhenTheBuildIsRecorded() throws Exception {
    stub.artifactExists(commit, true);
    stub.recordExists(commit, record(commit));

    CiRun.Result result = run("--skip-if-exists");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).contains("records the build of " + commit + "; no build needed");
    assertThat(outputs())
        .contains("skipped=true\n", "artifact-key=lambda/" + commit + "/function.zip\n");
    assertThat(stub.requests("CodeBuild_20161006.StartBuild")).isEmpty();
    assertThat(
            aws.findAll(putRequestedFor(urlEqualTo("/" + BUCKET + "/source/" + commit + ".zip"))))
        .isEmpty();
  }

  @Test
  void aPackageWithoutARecordIsRebuiltNotAdopted() throws Exception {
    // something that could write lambda/* planted a package under a commit main has not built
    startable();
    stub.builds(ok(build("SUCCEEDED", true, List.of(done("BUILD", 1)), false)));
    stub.artifactExists(commit, true);

    CiRun.Result result = run("--skip-if-exists");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OK);
    assertThat(stub.requests("CodeBuild_20161006.StartBuild")).hasSize(1);
  }

  @Test
  void aSucceededBuildIsRecordedOnceWithItsVersionAndHash() throws Exception {
    startable();
    stub.builds(ok(build("SUCCEEDED", true, List.of(done("BUILD", 1)), false)));
    stub.artifactExists(commit, true);

    CiRun.Result result = run();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OK);
    var puts =
        aws.findAll(
            putRequestedFor(urlEqualTo(CodeBuildStub.recordPath(commit)))
                .withHeader(
                    "If-None-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo("*")));
    assertThat(puts).hasSize(1);
    var written =
        chat.k1te.ci.artifacts.BuildRecord.parse("record", unchunk(puts.get(0).getBodyAsString()));
    assertThat(written.commit()).isEqualTo(commit);
    assertThat(written.pinned("lambda/" + commit + "/function.zip"))
        .isEqualTo(
            new chat.k1te.ci.artifacts.BuildRecord.Pinned(
                CodeBuildStub.PACKAGE_VERSION, CodeBuildStub.packageSha256()));
    assertThat(outputs()).contains("artifact-version=" + CodeBuildStub.PACKAGE_VERSION + "\n");
  }

  /**
   * The JSON payload of a body the SDK may have sent aws-chunked (chunk sizes, signatures and
   * trailers around it over plain HTTP); the record is one object, so braces delimit it.
   */
  static String unchunk(String raw) {
    return raw.substring(raw.indexOf('{'), raw.lastIndexOf('}') + 1);
  }

  static String record(String commit) {
    return new chat.k1te.ci.artifacts.BuildRecord(
            commit,
            "kite-native-arm64:1",
            Map.of(
                "lambda/" + commit + "/function.zip",
                new chat.k1te.ci.artifacts.BuildRecord.Pinned(
                    CodeBuildStub.PACKAGE_VERSION, CodeBuildStub.packageSha256())))
        .toJson();
  }

  @Test
  void missingArtifactAfterSuccessIsAFailure() throws Exception {
    startable();
    stub.builds(ok(build("SUCCEEDED", true, List.of(done("BUILD", 1)), false)));
    stub.artifactExists(commit, false);

    CiRun.Result result = run();

    assertThat(result.exitCode()).isEqualTo(ExitCode.REMOTE_STATE);
    assertThat(result.err())
        .contains(
            "SUCCEEDED but its artifact s3://kite-artifacts/lambda/"
                + commit
                + "/function.zip is missing");
    assertThat(outputs()).contains("build-status=SUCCEEDED\n");
  }

  @Test
  void githubSourceOverridesTheSourceVersionOnly() throws Exception {
    startable();
    stub.builds(ok(build("SUCCEEDED", true, List.of(done("BUILD", 1)), false)));
    stub.artifactExists(commit, true);

    CiRun.Result result = run("--source", "github");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OK);
    JsonNode start =
        readTree(stub.requests("CodeBuild_20161006.StartBuild").get(0).getBodyAsString());
    assertThat(start.path("sourceVersion").asText()).isEqualTo(commit);
    assertThat(start.has("sourceTypeOverride")).isFalse();
    assertThat(
            aws.findAll(putRequestedFor(urlEqualTo("/" + BUCKET + "/source/" + commit + ".zip"))))
        .isEmpty();
  }

  @Test
  void refusedStartBuildIsAClearRemoteError() {
    stub.acceptSourceUpload(commit);
    aws.stubFor(
        CodeBuildStub.target("CodeBuild_20161006.StartBuild")
            .willReturn(
                awsError(
                    400,
                    "AccessDeniedException",
                    "not authorized to perform codebuild:StartBuild")));

    CiRun.Result result = run();

    assertThat(result.exitCode()).isEqualTo(ExitCode.REMOTE_STATE);
    assertThat(result.err())
        .contains("StartBuild failed: AccessDeniedException (HTTP 400): not authorized");
  }

  @Test
  void persistentThrottlingOfStartBuildGivesUp() {
    stub.acceptSourceUpload(commit);
    aws.stubFor(
        CodeBuildStub.target("CodeBuild_20161006.StartBuild")
            .willReturn(awsError(400, "ThrottlingException", "Rate exceeded")));

    CiRun.Result result = run();

    assertThat(result.exitCode()).isEqualTo(ExitCode.REMOTE_STATE);
    assertThat(result.err())
        .contains("StartBuild still failing after 8 attempts: ThrottlingException");
    List<String> tokens =
        stub.requests("CodeBuild_20161006.StartBuild").stream()
            .map(r -> readTree(r.getBodyAsString()).path("idempotencyToken").asText())
            .distinct()
            .toList();
    assertThat(tokens).as("one idempotency token for every retry").hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "--commit abc123|Expected a full 40-character lower-case hex commit SHA, got 'abc123'",
        "--source svn|--source must be s3 or github, got 'svn'",
        "--env NOVALUE|--env expects NAME=VALUE with NAME like MY_VAR, got 'NOVALUE'",
        "--env s3cr3t-v@lue|--env expects NAME=VALUE, got a value without NAME= (not shown: it may be a secret)",
        "--env-parameter 1BAD=/x|--env-parameter expects NAME=VALUE with NAME like MY_VAR, got '1BAD=…'",
        "--compute-type HUGE|--compute-type 'HUGE' is not one of",
        "--timeout 5minutes|'5minutes' is not a duration",
        "--source-dir /nonexistent/kite|--source-dir /nonexistent/kite is not a directory",
        "--env KITE_COMMIT=abc|KITE_COMMIT is set from --commit; do not pass it with --env",
        "--installation Acme|--installation: expected 2–32 lower-case letters",
        "--installation kite-b|--installation: 'kite-b' starts with 'kite-'",
      })
  void invalidInputIsNamed(String option, String message) {
    String[] pair = option.split(" ");
    List<String> args = args();
    int at = args.indexOf(pair[0]);
    if (at >= 0) {
      args.set(at + 1, pair[1]);
    } else {
      args.addAll(List.of(pair));
    }

    CiRun.Result result = CiRun.run(env, args.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err()).contains(message).doesNotContain("s3cr3t");
    assertThat(aws.getAllServeEvents()).isEmpty();
  }

  @ParameterizedTest(name = "--installation \"{0}\" starts {1}")
  @CsvSource({"acme,acme-native-arm64", "'',kite-native-arm64"})
  void theInstallationNamesTheProjectItStarts(String installation, String project)
      throws Exception {
    startable();

    run("--installation", installation);

    JsonNode start =
        JSON.readTree(stub.requests("CodeBuild_20161006.StartBuild").get(0).getBodyAsString());
    assertThat(start.path("projectName").asText()).isEqualTo(project);
  }

  @Test
  void anExplicitProjectWinsOverTheInstallation() throws Exception {
    startable();

    run("--installation", "acme", "--project", "kite-native-x86-64");

    JsonNode start =
        JSON.readTree(stub.requests("CodeBuild_20161006.StartBuild").get(0).getBodyAsString());
    assertThat(start.path("projectName").asText()).isEqualTo("kite-native-x86-64");
  }

  @Test
  void missingRegionIsInvalidInput() {
    env.remove("AWS_REGION");

    CiRun.Result result = run();

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err()).contains("No AWS region: pass --region or set AWS_REGION");
  }

  @Test
  void commitMissingFromTheCloneIsInvalidInput() {
    CiRun.Result result =
        CiRun.run(
            env,
            "codebuild",
            "run",
            "--bucket",
            BUCKET,
            "--commit",
            "0".repeat(40),
            "--source-dir",
            repo.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err())
        .contains("git archive of commit " + "0".repeat(40))
        .contains("use actions/checkout");
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }
}
