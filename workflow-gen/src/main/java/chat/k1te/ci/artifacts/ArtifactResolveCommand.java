package chat.k1te.ci.artifacts;

import chat.k1te.ci.CiCommand;
import chat.k1te.ci.CiEnvironment;
import chat.k1te.ci.CiException;
import chat.k1te.ci.ExitCode;
import chat.k1te.ci.RegionOption;
import chat.k1te.ci.codebuild.AwsClients;
import chat.k1te.contracts.Artifacts;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import software.amazon.awssdk.regions.Region;

/** {@code kite-ci artifact resolve}: the pinned package of a commit, checked, for a deploy. */
@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Reads the build record s3://<bucket>/builds/<sha>.json that the build of the commit on main"
          + " wrote, downloads the package version it pins and checks its SHA-256 against the"
          + " record. A deploy passes the version and hash on to Terraform, so Lambda runs"
          + " exactly what main built for that commit, whatever was written to the key since.",
      "Writes to $GITHUB_OUTPUT (when set): artifact-key, artifact-version, artifact-sha256.",
      "Region: --region, else AWS_REGION. Bucket: --bucket, else KITE_ARTIFACTS_BUCKET."
          + " Credentials: the default AWS chain."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the record exists and the pinned version hashes as recorded",
      "1:the commit has no build record: main never built it",
      "2:invalid input",
      "3:AWS refused a call, the record is malformed, or the pinned bytes differ from the record",
      "4:internal error"
    })
public final class ArtifactResolveCommand extends CiCommand {
  @Option(
      names = "--commit",
      required = true,
      paramLabel = "<sha>",
      description = "Full 40-hex commit SHA being deployed.")
  String commit;

  @Mixin PackageOptions packageOptions;

  @Mixin RegionOption region;

  public ArtifactResolveCommand() {
    this(CiEnvironment.system());
  }

  public ArtifactResolveCommand(CiEnvironment environment) {
    super(environment);
  }

  @Override
  protected int run(PrintWriter out, PrintWriter err) {
    String key = packageOptions.functionKey(commit);
    String bucket = packageOptions.bucket(environment);
    Region awsRegion = region.resolve(environment);
    try (AwsClients aws = AwsClients.create(awsRegion, environment)) {
      ArtifactStore store = new ArtifactStore(aws.s3(), bucket, ArtifactResolveCommand::direct);
      BuildRecord record =
          store
              .record(commit)
              .orElseThrow(
                  () ->
                      new CiException(
                          ExitCode.FAILURE,
                          "commit "
                              + commit
                              + " has no build record ("
                              + store.url(Artifacts.buildRecordKey(commit))
                              + "): main never built it. Only commits that deploy-dev built on"
                              + " main can be deployed; merge it to main first."));
      BuildRecord.Pinned pinned = record.pinned(key);
      String actual = store.sha256(key, pinned.versionId());
      if (!actual.equals(pinned.sha256())) {
        throw CiException.remoteState(
            store.url(key)
                + " version "
                + pinned.versionId()
                + " hashes to "
                + actual
                + ", but its build record says "
                + pinned.sha256()
                + ": refusing to deploy it");
      }
      out.println(
          "✔ "
              + store.url(key)
              + " version "
              + pinned.versionId()
              + " (sha256 "
              + pinned.sha256()
              + ") is what build "
              + record.buildId()
              + " produced for "
              + commit);
      Map<String, String> outputs = new LinkedHashMap<>();
      outputs.put("artifact-key", key);
      outputs.put("artifact-version", pinned.versionId());
      outputs.put("artifact-sha256", pinned.sha256());
      environment.githubOutput().ifPresent(o -> o.write(outputs));
      return ExitCode.OK;
    }
  }

  private static <T> T direct(String what, java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (software.amazon.awssdk.core.exception.SdkException e) {
      throw new CiException(ExitCode.REMOTE_STATE, what + " failed: " + e.getMessage(), e);
    }
  }
}
