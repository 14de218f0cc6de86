package chat.k1te.ci.artifacts;

import chat.k1te.ci.CiCommand;
import chat.k1te.ci.CiEnvironment;
import chat.k1te.ci.ExitCode;
import chat.k1te.ci.RegionOption;
import chat.k1te.ci.codebuild.AwsClients;
import chat.k1te.contracts.Artifacts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import software.amazon.awssdk.regions.Region;

/** {@code kite-ci artifact upload}: a package built elsewhere → its key in the artifacts bucket. */
@Command(
    name = "upload",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Uploads a Lambda package built on a workstation (e.g. `./mvnw -pl k1te-serverless -am"
          + " package` → k1te-serverless/target/function.zip) to the key a stage deploys from:"
          + " lambda/<sha>/function.zip (native arm64), lambda/<sha>/function-jvm.zip (JVM),"
          + " lambda/x86_64/<sha>/… for x86_64. Then deploy the stage with"
          + " artifact_commit=<sha> as without CodeBuild.",
      "Never overwrites: the upload is a conditional write (If-None-Match: *), so S3 itself"
          + " refuses an existing key, even one created by a concurrent upload. Uploading the same"
          + " bytes again is a no-op. The package's SHA-256 (hex) is stored as object metadata"
          + " x-amz-meta-"
          + Artifacts.SHA256_METADATA
          + ".",
      "Region: --region, else AWS_REGION. Bucket: --bucket, else KITE_ARTIFACTS_BUCKET."
          + " Credentials: the default AWS chain (e.g. AWS_PROFILE with rights to put lambda/*)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:uploaded, or the key already holds exactly these bytes",
      "2:invalid input (commit, file not a zip, packaging, architecture, no bucket or region)",
      "3:the key already holds a different package (not overwritten), or S3 refused the upload",
      "4:internal error"
    })
public final class ArtifactUploadCommand extends CiCommand {
  @Option(
      names = "--commit",
      required = true,
      paramLabel = "<sha>",
      description = "Full 40-hex commit SHA the package was built from.")
  String commit;

  @Option(
      names = "--zip",
      required = true,
      paramLabel = "<file>",
      description = "The Lambda package (function.zip).")
  Path zip;

  @Mixin PackageOptions packageOptions;

  @Mixin RegionOption region;

  public ArtifactUploadCommand() {
    this(CiEnvironment.system());
  }

  public ArtifactUploadCommand(CiEnvironment environment) {
    super(environment);
  }

  @Override
  protected int run(PrintWriter out, PrintWriter err) {
    String key = packageOptions.functionKey(commit);
    LambdaPackage zipFile = LambdaPackage.read(zip);
    String targetBucket = packageOptions.bucket(environment);
    Region awsRegion = region.resolve(environment);
    try (AwsClients aws = AwsClients.create(awsRegion, environment)) {
      WriteOnceUpload.Result result = new WriteOnceUpload(aws.s3(), targetBucket).put(key, zipFile);
      String url = "s3://" + targetBucket + "/" + key;
      environment
          .githubOutput()
          .ifPresent(o -> o.write(Map.of("artifact-key", key, "sha256", zipFile.sha256())));
      switch (result) {
        case UPLOADED ->
            out.println(
                "✔ Uploaded "
                    + zip
                    + " ("
                    + zipFile.size()
                    + " bytes, SHA-256 "
                    + zipFile.sha256()
                    + ") to "
                    + url);
        case ALREADY_THERE ->
            out.println(
                "✔ " + url + " already holds this package (SHA-256 " + zipFile.sha256() + ")");
      }
      out.println("Deploy it with artifact_commit=" + commit);
      return ExitCode.OK;
    }
  }
}
