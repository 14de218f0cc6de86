package chat.k1te.infra.stacks;

import chat.k1te.contracts.Architecture;
import chat.k1te.contracts.Artifacts;
import chat.k1te.contracts.Installation;
import chat.k1te.infra.aws.cloudwatch_log_group.CloudwatchLogGroup;
import chat.k1te.infra.aws.codebuild_project.CodebuildProject;
import chat.k1te.infra.aws.codebuild_project.CodebuildProjectArtifacts;
import chat.k1te.infra.aws.codebuild_project.CodebuildProjectCache;
import chat.k1te.infra.aws.codebuild_project.CodebuildProjectConfig;
import chat.k1te.infra.aws.codebuild_project.CodebuildProjectEnvironment;
import chat.k1te.infra.aws.codebuild_project.CodebuildProjectLogsConfig;
import chat.k1te.infra.aws.codebuild_project.CodebuildProjectLogsConfigCloudwatchLogs;
import chat.k1te.infra.aws.codebuild_project.CodebuildProjectLogsConfigS3Logs;
import chat.k1te.infra.aws.codebuild_project.CodebuildProjectSource;
import chat.k1te.infra.constructs.AwsAccount;
import chat.k1te.infra.constructs.Policies;
import chat.k1te.infra.constructs.PolicyStatement;
import chat.k1te.infra.constructs.PrivateBucket;
import chat.k1te.infra.constructs.ServiceRole;
import java.util.List;
import software.constructs.Construct;

/**
 * The GraalVM native build of one {@link Architecture} (native-image compiles for the CPU it runs
 * on, so each architecture has its own project; arm64 is {@code kite-native-arm64}). Source is a
 * zip the runner uploads to {@code source/<sha>.zip} and passes as the source location override;
 * the buildspec names the artifact after {@code $KITE_COMMIT} (which the runner sets), so CodeBuild
 * writes {@code lambda/<sha>/function.zip}: path {@code lambda}, packaging NONE (the name becomes a
 * folder), artifact name overridable.
 */
final class NativeBuildProject extends Construct {
  /** Where an artifact lands when a build forgets to name it: never a deployable key. */
  static final String UNNAMED_ARTIFACT = "missing-commit";

  /** What the build role needs to know of a project: its name and its log group. */
  record Names(String project, String logGroupArn) {}

  private final CodebuildProject project;
  private final CloudwatchLogGroup logs;
  private final Architecture architecture;
  private final String projectName;

  NativeBuildProject(
      Construct scope,
      String id,
      BuildProps props,
      Architecture architecture,
      AwsAccount account,
      PrivateBucket artifacts,
      CloudwatchLogGroup logs) {
    super(scope, id);
    this.logs = logs;
    this.architecture = architecture;
    String bucket = artifacts.name();
    Installation installation = props.installation();
    this.projectName = installation.codeBuildProject(architecture);
    ServiceRole role =
        new ServiceRole(
            this,
            "service-role",
            serviceRoleName(installation, architecture),
            "Service role of the CodeBuild project " + projectName,
            Policies.serviceTrust(
                this,
                "trust",
                "codebuild.amazonaws.com",
                List.of(
                    new PolicyStatement.Condition(
                        "StringEquals", "aws:SourceAccount", List.of(account.accountId())))),
            List.of(
                PolicyStatement.allow(
                    "ReadSource",
                    List.of("s3:GetObject", "s3:GetObjectVersion"),
                    List.of(artifacts.objects("source/*"))),
                PolicyStatement.allow(
                    "WriteLambdaArtifacts",
                    List.of("s3:PutObject"),
                    List.of(artifacts.objects(architecture.artifactPrefix() + "/*"))),
                PolicyStatement.allow(
                    "MavenCache",
                    List.of("s3:GetObject", "s3:PutObject"),
                    List.of(artifacts.objects("cache/*"))),
                PolicyStatement.allow(
                    "LocateBucket",
                    List.of("s3:GetBucketLocation", "s3:GetBucketAcl"),
                    List.of(artifacts.arn())),
                PolicyStatement.allow(
                    "WriteBuildLogs",
                    List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                    List.of(logs.getArn() + ":*"))));
    project =
        new CodebuildProject(
            this,
            "project",
            CodebuildProjectConfig.builder()
                .name(projectName)
                .description(
                    "GraalVM native " + architecture.id() + " build of the Kite chat Lambda")
                .serviceRole(role.arn())
                .buildTimeout(props.buildTimeoutMinutes())
                .queuedTimeout(60)
                .concurrentBuildLimit(2)
                .source(
                    CodebuildProjectSource.builder()
                        .type("S3")
                        .location(bucket + "/source/none.zip")
                        .buildspec(Artifacts.BUILDSPEC)
                        .build())
                .artifacts(
                    CodebuildProjectArtifacts.builder()
                        .type("S3")
                        .location(bucket)
                        .path(architecture.artifactPrefix())
                        .namespaceType("NONE")
                        .packaging("NONE")
                        .name(UNNAMED_ARTIFACT)
                        .overrideArtifactName(true)
                        .build())
                .cache(
                    CodebuildProjectCache.builder()
                        .type("S3")
                        .location(bucket + "/cache/" + projectName)
                        .build())
                .environment(
                    CodebuildProjectEnvironment.builder()
                        .type(architecture.codeBuildEnvironmentType())
                        .computeType(props.computeType())
                        .image(props.builderImage())
                        .imagePullCredentialsType("CODEBUILD")
                        .privilegedMode(false)
                        .build())
                .logsConfig(
                    CodebuildProjectLogsConfig.builder()
                        .cloudwatchLogs(
                            CodebuildProjectLogsConfigCloudwatchLogs.builder()
                                .status("ENABLED")
                                .groupName(logs.getName())
                                .build())
                        .s3Logs(
                            CodebuildProjectLogsConfigS3Logs.builder().status("DISABLED").build())
                        .build())
                .dependsOn(List.of(role.policy()))
                .build());
  }

  /** The project's service role, e.g. {@code kite-codebuild-kite-native-arm64}. */
  static String serviceRoleName(Installation installation, Architecture architecture) {
    return installation.name("codebuild-" + installation.codeBuildProject(architecture));
  }

  String name() {
    return project.getName();
  }

  Architecture architecture() {
    return architecture;
  }

  Names names() {
    return new Names(projectName, logs.getArn());
  }
}
