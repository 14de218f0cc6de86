package chat.k1te.ci.codebuild;

import chat.k1te.ci.CiEnvironment;
import chat.k1te.ci.CiException;
import chat.k1te.ci.ExitCode;
import chat.k1te.workflows.contract.Artifacts;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.codebuild.model.Build;
import software.amazon.awssdk.services.codebuild.model.SourceType;
import software.amazon.awssdk.services.codebuild.model.StartBuildRequest;

/** Runs the native build: skip check, source upload, start, watch, verdict, artifact check. */
final class BuildRunner {
  private final AwsClients aws;
  private final CiEnvironment environment;
  private final Cancellation cancellation;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Retrying retrying;

  BuildRunner(
      AwsClients aws,
      CiEnvironment environment,
      Cancellation cancellation,
      PrintWriter out,
      PrintWriter err,
      BuildRequest request) {
    this.aws = aws;
    this.environment = environment;
    this.cancellation = cancellation;
    this.out = out;
    this.err = err;
    this.retrying =
        new Retrying(Backoff.forPollInterval(request.pollInterval()), cancellation, err);
  }

  int run(BuildRequest request) {
    String artifactKey = Artifacts.nativeFunctionKey(request.commit());
    ArtifactBucket bucket = new ArtifactBucket(aws.s3(), request.bucket(), retrying);
    String artifact = bucket.url(artifactKey);
    if (request.skipIfExists() && bucket.exists(artifactKey)) {
      out.println("✔ " + artifact + " already exists; no build needed");
      outputs(
          "artifact-key",
          artifactKey,
          "skipped",
          "true",
          "build-id",
          "",
          "log-url",
          "",
          "build-status",
          "SKIPPED");
      environment.stepSummary().ifPresent(s -> s.append(BuildSummary.skipped(artifact)));
      return ExitCode.OK;
    }
    StartBuildRequest.Builder start = startRequest(request);
    if (request.source() == BuildRequest.SourceMode.S3) {
      String sourceKey = bucket.uploadSource(request.sourceDir(), request.commit(), out);
      start
          .sourceTypeOverride(SourceType.S3)
          .sourceLocationOverride(request.bucket() + "/" + sourceKey);
    } else {
      start.sourceVersion(request.commit());
    }
    StartBuildRequest startBuild = start.build();
    Instant deadline = Instant.now().plus(request.timeout());
    Build started =
        retrying.call("StartBuild", () -> aws.codeBuild().startBuild(startBuild).build());
    String logUrl = ConsoleLinks.buildLog(aws.region(), request.project(), started.id());
    out.println("Started build " + started.id());
    out.println("Build log: " + logUrl);
    out.flush();
    outputs(
        "build-id",
        started.id(),
        "log-url",
        logUrl,
        "artifact-key",
        artifactKey,
        "skipped",
        "false");

    Build finished;
    BuildWatcher watcher = new BuildWatcher(aws, cancellation, out, err, request);
    try {
      finished = watcher.watch(started.id(), deadline);
    } catch (BuildWatcher.Interrupted interrupted) {
      Build lastSeen = watcher.lastSeen().orElse(started);
      stop(started.id());
      String line = "Build " + started.id() + " " + interrupted.getMessage() + "; sent StopBuild";
      outputs("build-status", "STOPPED");
      environment
          .stepSummary()
          .ifPresent(s -> s.append(BuildSummary.of(lastSeen, "STOPPED", line, artifact, logUrl)));
      throw new CiException(ExitCode.FAILURE, line);
    }
    BuildOutcome outcome = BuildOutcome.of(finished);
    String status = finished.buildStatusAsString();
    outputs("build-status", status);
    String verdict = outcome.line();
    int code = ExitCode.OK;
    if (!outcome.succeeded()) {
      code = ExitCode.FAILURE;
    } else if (!bucket.exists(artifactKey)) {
      verdict += " but its artifact " + artifact + " is missing (does the buildspec upload it?)";
      code = ExitCode.REMOTE_STATE;
    }
    String finalVerdict = verdict;
    environment
        .stepSummary()
        .ifPresent(
            s -> s.append(BuildSummary.of(finished, status, finalVerdict, artifact, logUrl)));
    if (code != ExitCode.OK) {
      throw new CiException(code, verdict);
    }
    out.println("✔ " + verdict + "; artifact " + artifact);
    return ExitCode.OK;
  }

  private StartBuildRequest.Builder startRequest(BuildRequest request) {
    StartBuildRequest.Builder start =
        StartBuildRequest.builder()
            .projectName(request.project())
            .idempotencyToken(UUID.randomUUID().toString())
            .timeoutInMinutesOverride(request.codeBuildTimeoutMinutes());
    request.buildspec().ifPresent(start::buildspecOverride);
    request.computeType().ifPresent(start::computeTypeOverride);
    if (!request.environment().isEmpty()) {
      start.environmentVariablesOverride(request.environment());
    }
    return start;
  }

  private void stop(String buildId) {
    try {
      new Retrying(
              Backoff.forPollInterval(java.time.Duration.ofMillis(200)), new Cancellation(), err)
          .call("StopBuild", () -> aws.codeBuild().stopBuild(s -> s.id(buildId)));
      err.println("Sent StopBuild for " + buildId);
    } catch (CiException e) {
      err.println("⚠ " + e.getMessage() + " — stop it in the console");
    }
    err.flush();
  }

  /** Writes name/value pairs, in order, to {@code $GITHUB_OUTPUT} when it is set. */
  private void outputs(String... namesAndValues) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    environment.githubOutput().ifPresent(o -> o.write(values));
  }
}
