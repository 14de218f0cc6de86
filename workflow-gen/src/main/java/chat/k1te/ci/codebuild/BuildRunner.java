package chat.k1te.ci.codebuild;

import chat.k1te.ci.Backoff;
import chat.k1te.ci.CiEnvironment;
import chat.k1te.ci.CiException;
import chat.k1te.ci.ExitCode;
import chat.k1te.ci.artifacts.ArtifactStore;
import chat.k1te.ci.artifacts.BuildRecord;
import chat.k1te.contracts.Artifacts;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    ArtifactStore store = new ArtifactStore(aws.s3(), request.bucket(), retrying);
    // only a build record proves main built this commit: an object under the key alone may have
    // been put there by anything that could write lambda/*
    if (request.skipIfExists() && store.record(request.commit()).isPresent()) {
      out.println(
          "✔ "
              + store.url(Artifacts.buildRecordKey(request.commit()))
              + " records the build of "
              + request.commit()
              + "; no build needed");
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
    Optional<BuildRecord.Pinned> pinned = store.pinCurrent(artifactKey);
    if (pinned.isEmpty()) {
      String line =
          outcome.line()
              + " but its artifact "
              + artifact
              + " is missing (does the buildspec upload it?)";
      report(finished, finished.buildStatusAsString(), line, artifact, logUrl);
      throw new CiException(ExitCode.REMOTE_STATE, line);
    }
    record(store, request.commit(), finished.id(), artifactKey, pinned.get());
    report(finished, finished.buildStatusAsString(), outcome.line(), artifact, logUrl);
    out.println("✔ " + outcome.line() + "; artifact " + artifact);
    return ExitCode.OK;
  }

  /**
   * Pins the versions this build just wrote (native, and the JVM and jvm-aot packages when present)
   * with their SHA-256 in the commit's build record, created once. Deploys use exactly these
   * versions.
   */
  private void record(
      ArtifactStore store, String commit, String buildId, String nativeKey, BuildRecord.Pinned at) {
    Map<String, BuildRecord.Pinned> packages = new LinkedHashMap<>();
    packages.put(nativeKey, at);
    for (String key :
        List.of(Artifacts.jvmFunctionKey(commit), Artifacts.jvmAotFunctionKey(commit))) {
      store.pinCurrent(key).ifPresent(p -> packages.put(key, p));
    }
    BuildRecord record = new BuildRecord(commit, buildId, packages);
    String recordUrl = store.url(Artifacts.buildRecordKey(commit));
    if (store.createRecord(record)) {
      out.println("Recorded " + recordUrl + ": " + nativeKey + " version " + at.versionId());
    } else {
      out.println(
          "A build record already exists at " + recordUrl + "; it is kept (never replaced)");
    }
    outputs("artifact-version", at.versionId(), "artifact-sha256", at.sha256());
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
