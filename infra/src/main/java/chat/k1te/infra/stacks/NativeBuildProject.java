package chat.k1te.infra.stacks;

import chat.k1te.contracts.Artifacts;
import chat.k1te.infra.constructs.AwsAccount;
import chat.k1te.infra.constructs.Policies;
import chat.k1te.infra.constructs.PolicyStatement;
import chat.k1te.infra.constructs.PrivateBucket;
import chat.k1te.infra.constructs.ServiceRole;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroup;
import com.hashicorp.cdktf.providers.aws.codebuild_project.CodebuildProject;
import com.hashicorp.cdktf.providers.aws.codebuild_project.CodebuildProjectArtifacts;
import com.hashicorp.cdktf.providers.aws.codebuild_project.CodebuildProjectCache;
import com.hashicorp.cdktf.providers.aws.codebuild_project.CodebuildProjectConfig;
import com.hashicorp.cdktf.providers.aws.codebuild_project.CodebuildProjectEnvironment;
import com.hashicorp.cdktf.providers.aws.codebuild_project.CodebuildProjectLogsConfig;
import com.hashicorp.cdktf.providers.aws.codebuild_project.CodebuildProjectLogsConfigCloudwatchLogs;
import com.hashicorp.cdktf.providers.aws.codebuild_project.CodebuildProjectLogsConfigS3Logs;
import com.hashicorp.cdktf.providers.aws.codebuild_project.CodebuildProjectSource;
import java.util.List;
import software.constructs.Construct;

/**
 * The arm64 GraalVM native build. Source is a zip the runner uploads to {@code source/<sha>.zip}
 * and passes as the source location override; the buildspec names the artifact after {@code
 * $KITE_COMMIT} (which the runner sets), so CodeBuild writes {@code lambda/<sha>/function.zip}:
 * path {@code lambda}, packaging NONE (the name becomes a folder), artifact name overridable.
 */
final class NativeBuildProject extends Construct {
  /** Where an artifact lands when a build forgets to name it: never a deployable key. */
  static final String UNNAMED_ARTIFACT = "missing-commit";

  private final CodebuildProject project;

  NativeBuildProject(
      Construct scope,
      String id,
      BuildProps props,
      AwsAccount account,
      PrivateBucket artifacts,
      CloudwatchLogGroup logs) {
    super(scope, id);
    String bucket = artifacts.name();
    ServiceRole role =
        new ServiceRole(
            this,
            "service-role",
            "kite-codebuild-" + Artifacts.CODEBUILD_PROJECT,
            "Service role of the CodeBuild project " + Artifacts.CODEBUILD_PROJECT,
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
                    List.of(artifacts.objects("lambda/*"))),
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
                .name(Artifacts.CODEBUILD_PROJECT)
                .description("GraalVM native arm64 build of the Kite chat Lambda")
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
                        .path("lambda")
                        .namespaceType("NONE")
                        .packaging("NONE")
                        .name(UNNAMED_ARTIFACT)
                        .overrideArtifactName(true)
                        .build())
                .cache(
                    CodebuildProjectCache.builder()
                        .type("S3")
                        .location(bucket + "/cache/" + Artifacts.CODEBUILD_PROJECT)
                        .build())
                .environment(
                    CodebuildProjectEnvironment.builder()
                        .type("ARM_CONTAINER")
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

  String name() {
    return project.getName();
  }
}
