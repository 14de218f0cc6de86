package chat.k1te.ci.codebuild;

import chat.k1te.ci.Backoff;
import chat.k1te.ci.CiEnvironment;
import chat.k1te.ci.CiException;
import chat.k1te.ci.ExitCode;
import chat.k1te.contracts.Artifacts;
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
      outputs("artifact-key", artifactKey, "skipped", "true", "build-id", "", "log-url", "");
      outputs("build-status", "SKIPPED");
      environment.stepSummary().ifPresent(s -> s.append(BuildSummary.skipped(artifact)));
      return ExitCode.OK;
    }
    Instant deadline = Instant.now().plus(request.timeout());
    Build started = start(request, bucket);
    String logUrl = ConsoleLinks.buildLog(aws.region(), request.project(), started.id());
    out.println("Started build " + started.id());
    out.println("Build log: " + logUrl);
    out.flush();
    outputs("build-id", started.id(), "log-url", logUrl, "artifact-key", artifactKey);
    outputs("skipped", "false");

    BuildWatcher watcher = new BuildWatcher(aws, cancellation, out, err, request);
    Build finished;
    try {
      finished = watcher.watch(started.id(), deadline);
    } catch (BuildWatcher.Interrupted interrupted) {
      stop(started.id());
      String line = "Build " + started.id() + " " + interrupted.getMessage() + "; sent StopBuild";
      report(watcher.lastSeen().orElse(started), "STOPPED", line, artifact, logUrl);
      throw new CiException(ExitCode.FAILURE, line);
    } catch (CiException watchFailed) {
      // we can no longer follow it (e.g. access denied): do not leave it running unwatched
      stop(started.id());
      String line = watchFailed.getMessage() + "; sent StopBuild";
      report(watcher.lastSeen().orElse(started), "STOPPED", line, artifact, logUrl);
      throw new CiException(watchFailed.exitCode(), line, watchFailed);
    }
    BuildOutcome outcome = BuildOutcome.of(finished);
    if (!outcome.succeeded()) {
      report(finished, finished.buildStatusAsString(), outcome.line(), artifact, logUrl);
      throw new CiException(ExitCode.FAILURE, outcome.line());
    }
    if (!bucket.exists(artifactKey)) {
      String line =
          outcome.line()
              + " but its artifact "
              + artifact
              + " is missing (does the buildspec upload it?)";
      report(finished, finished.buildStatusAsString(), line, artifact, logUrl);
      throw new CiException(ExitCode.REMOTE_STATE, line);
    }
    report(finished, finished.buildStatusAsString(), outcome.line(), artifact, logUrl);
    out.println("✔ " + outcome.line() + "; artifact " + artifact);
    return ExitCode.OK;
  }

  /** Uploads the source when it comes from S3, then starts the build (one idempotency token). */
  private Build start(BuildRequest request, ArtifactBucket bucket) {
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
    return retrying.call("StartBuild", () -> aws.codeBuild().startBuild(startBuild).build());
  }

  /** The final status output and the step summary. */
  private void report(Build build, String status, String line, String artifact, String logUrl) {
    outputs("build-status", status);
    environment
        .stepSummary()
        .ifPresent(s -> s.append(BuildSummary.of(build, status, line, artifact, logUrl)));
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
