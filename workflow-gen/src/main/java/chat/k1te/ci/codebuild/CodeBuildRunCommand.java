package chat.k1te.ci.codebuild;

import chat.k1te.ci.CiCommand;
import chat.k1te.ci.CiEnvironment;
import chat.k1te.ci.CiException;
import chat.k1te.ci.DurationConverter;
import chat.k1te.ci.RegionOption;
import chat.k1te.contracts.Architecture;
import chat.k1te.contracts.Artifacts;
import chat.k1te.contracts.GithubNames;
import chat.k1te.contracts.Installation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.codebuild.model.ComputeType;
import software.amazon.awssdk.services.codebuild.model.EnvironmentVariable;
import software.amazon.awssdk.services.codebuild.model.EnvironmentVariableType;

/** {@code kite-ci codebuild run}: thin option parsing around {@link BuildRunner}. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Uploads the commit's source (git archive) to s3://<bucket>/source/<sha>.zip, starts the"
          + " CodeBuild project with that S3 source, prints the build id and its log URL at once,"
          + " streams the build's CloudWatch log events and phase transitions until it ends, and"
          + " checks that s3://<bucket>/lambda/<sha>/function.zip exists afterwards.",
      "Throttling, HTTP 429/5xx and I/O errors are retried with backoff, keeping the log position."
          + " SIGINT/SIGTERM (a cancelled workflow) stops the build (StopBuild) and exits non-zero.",
      "The build always gets KITE_COMMIT=<sha> (the buildspec names the artifacts after it).",
      "Region: --region, else AWS_REGION. Credentials: the default AWS chain (in the workflow,"
          + " the OIDC session of configure-aws-credentials).",
      "Writes to $GITHUB_OUTPUT (when set): build-id, log-url, artifact-key, skipped (true|false),"
          + " build-status (SUCCEEDED, FAILED, ..., SKIPPED); and a Markdown summary to"
          + " $GITHUB_STEP_SUMMARY (status, duration, phases, artifact)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the build SUCCEEDED and its artifact exists, or --skip-if-exists found it",
      "1:the build FAILED, FAULTed, TIMED_OUT or was STOPPED; the overall --timeout passed;"
          + " or the command was cancelled (the build is then stopped)",
      "2:invalid input (options, missing region, git archive failed)",
      "3:AWS refused a call, or the build succeeded without leaving its artifact",
      "4:internal error"
    })
public final class CodeBuildRunCommand extends CiCommand {
  private final Cancellation cancellation;

  private final SignalGuard signals;

  @Option(
      names = "--project",
      paramLabel = "<name>",
      description =
          "CodeBuild project (default: the installation's arm64 native build,"
              + " <prefix>-native-arm64).")
  String project;

  @Option(
      names = "--installation",
      paramLabel = "<prefix>",
      description =
          "Installation prefix (GitHub variable "
              + GithubNames.VAR_INSTALLATION
              + "; empty for the default, kite) that names the default --project:"
              + " <prefix>-native-arm64.")
  String installation = "";

  @Option(
      names = "--bucket",
      required = true,
      paramLabel = "<bucket>",
      description = "Artifacts bucket: source upload and function.zip.")
  String bucket;

  @Option(
      names = "--commit",
      required = true,
      paramLabel = "<sha>",
      description = "Full 40-hex commit SHA to build (the source version).")
  String commit;

  @Option(
      names = "--source",
      paramLabel = "s3|github",
      description =
          "s3 (default): upload `git archive <sha>` of --source-dir and override the project's"
              + " source with it, so AWS needs no GitHub token; github: keep the project's GitHub"
              + " source and override its source version with the commit.")
  String source = "s3";

  @Option(
      names = "--source-dir",
      paramLabel = "<dir>",
      description = "Git working copy that contains the commit (default: current directory).")
  Path sourceDir = Path.of(".");

  @Option(
      names = "--buildspec",
      paramLabel = "<path>",
      description =
          "Buildspec override: a path in the source or inline YAML (default: the project's).")
  String buildspec;

  @Option(
      names = "--env",
      paramLabel = "NAME=VALUE",
      description = "Environment variable override of type PLAINTEXT (repeatable). Never secrets.")
  List<String> plaintext = new ArrayList<>();

  @Option(
      names = "--env-parameter",
      paramLabel = "NAME=<ssm name>",
      description = "Environment variable override of type PARAMETER_STORE (repeatable).")
  List<String> parameters = new ArrayList<>();

  @Option(
      names = "--compute-type",
      paramLabel = "<type>",
      description = "Compute type override, e.g. BUILD_GENERAL1_LARGE (default: the project's).")
  String computeType;

  @Option(
      names = "--timeout",
      defaultValue = "60m",
      paramLabel = "<duration>",
      converter = DurationConverter.class,
      description =
          "Overall time limit, e.g. 60m (default: ${DEFAULT-VALUE}). Also sent as the build's"
              + " CodeBuild timeout (rounded up to whole minutes, 5..2160); when it passes the"
              + " build is stopped.")
  Duration timeout;

  @Option(
      names = "--poll-interval",
      defaultValue = "5s",
      paramLabel = "<duration>",
      converter = DurationConverter.class,
      description = "Status and log poll interval, e.g. 5s (default: ${DEFAULT-VALUE}).")
  Duration pollInterval;

  @Option(
      names = "--skip-if-exists",
      description = "Exit 0 at once (skipped=true) when lambda/<sha>/function.zip already exists.")
  boolean skipIfExists;

  @Option(
      names = "--hide-logs",
      description =
          "Do not stream the build's log events (phases and the log URL are still shown).")
  boolean hideLogs;

  @Mixin RegionOption region;

  public CodeBuildRunCommand() {
    this(CiEnvironment.system(), new Cancellation());
  }

  public CodeBuildRunCommand(CiEnvironment environment, Cancellation cancellation) {
    super(environment);
    this.cancellation = cancellation;
    this.signals = new SignalGuard(cancellation);
  }

  @Override
  protected int run(PrintWriter out, PrintWriter err) {
    BuildRequest request = request();
    Region awsRegion = region.resolve(environment);
    signals.install();
    try (AwsClients aws = AwsClients.create(awsRegion, environment)) {
      return new BuildRunner(aws, environment, cancellation, out, err, request).run(request);
    }
  }

  @Override
  protected void afterRun() {
    signals.release();
  }

  private Installation installation() {
    try {
      return Installation.of(installation);
    } catch (IllegalArgumentException e) {
      throw CiException.invalidInput("--installation: " + e.getMessage());
    }
  }

  private BuildRequest request() {
    Artifacts.requireSha(commit);
    BuildRequest.SourceMode mode =
        switch (source.toLowerCase(Locale.ROOT)) {
          case "s3" -> BuildRequest.SourceMode.S3;
          case "github" -> BuildRequest.SourceMode.GITHUB;
          default ->
              throw CiException.invalidInput("--source must be s3 or github, got '" + source + "'");
        };
    if (computeType != null
        && ComputeType.fromValue(computeType) == ComputeType.UNKNOWN_TO_SDK_VERSION) {
      throw CiException.invalidInput(
          "--compute-type '" + computeType + "' is not one of " + ComputeType.knownValues());
    }
    List<EnvironmentVariable> variables = new ArrayList<>();
    variables.add(
        EnvironmentOverride.parse(
            "--commit",
            EnvironmentOverride.COMMIT + "=" + commit,
            EnvironmentVariableType.PLAINTEXT));
    plaintext.forEach(
        v ->
            variables.add(
                EnvironmentOverride.parse("--env", v, EnvironmentVariableType.PLAINTEXT)));
    parameters.forEach(
        v ->
            variables.add(
                EnvironmentOverride.parse(
                    "--env-parameter", v, EnvironmentVariableType.PARAMETER_STORE)));
    if (variables.stream().filter(v -> v.name().equals(EnvironmentOverride.COMMIT)).count() > 1) {
      throw CiException.invalidInput(
          EnvironmentOverride.COMMIT + " is set from --commit; do not pass it with --env");
    }
    return new BuildRequest(
        project != null ? project : installation().codeBuildProject(Architecture.ARM64),
        bucket,
        commit,
        mode,
        sourceDir,
        Optional.ofNullable(buildspec),
        variables,
        Optional.ofNullable(computeType),
        timeout,
        pollInterval,
        skipIfExists,
        hideLogs);
  }
}
