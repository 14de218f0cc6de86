package chat.k1te.infra;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.Artifacts;
import chat.k1te.contracts.OidcRole;
import chat.k1te.contracts.Stack;
import chat.k1te.infra.iam.ConcreteArns;
import chat.k1te.infra.iam.IamEvaluator;
import chat.k1te.infra.iam.IamRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What prod deploys cannot be swapped: the artifacts bucket is versioned, packages and build
 * records can be deleted by nobody, records only created (If-None-Match), and the CodeBuild role
 * (which runs the build's code, dependencies included) cannot write a record.
 */
class ArtifactIntegrityTest {
  private static final String SHA = "89abcdef0123456789abcdef0123456789abcdef";
  private static final String BUCKET = "arn:aws:s3:::" + ConcreteArns.ARTIFACTS_BUCKET;
  private static final String PACKAGE = BUCKET + "/" + Artifacts.nativeFunctionKey(SHA);
  private static final String RECORD = BUCKET + "/" + Artifacts.buildRecordKey(SHA);

  private static JsonNode build;
  private static IamEvaluator bucketPolicy;
  private static IamEvaluator codebuild;
  private static IamEvaluator buildRole;

  @BeforeAll
  static void synth() {
    build = Synthesized.defaults().json(Stack.KITE_BUILD);
    JsonNode policy =
        Synthesized.resources(build, "aws_s3_bucket_policy").values().iterator().next();
    bucketPolicy =
        new IamEvaluator(
            ConcreteArns.resolve(IamView.statements(build, policy.path("policy").asText())));
    IamView iam = IamView.of(build);
    codebuild =
        new IamEvaluator(
            ConcreteArns.resolve(
                iam.role("kite-codebuild-" + Artifacts.CODEBUILD_PROJECT).permissions()));
    buildRole =
        new IamEvaluator(ConcreteArns.resolve(iam.role(OidcRole.BUILD.roleName()).permissions()));
  }

  private static boolean bucketDenies(IamRequest request) {
    return bucketPolicy.deniedExplicitly(request);
  }

  @Test
  void artifactsBucketIsVersioned() {
    JsonNode versioning =
        Synthesized.resources(build, "aws_s3_bucket_versioning").values().iterator().next();
    assertThat(versioning.at("/versioning_configuration/status").asText()).isEqualTo("Enabled");
    JsonNode lifecycle =
        Synthesized.resources(build, "aws_s3_bucket_lifecycle_configuration")
            .values()
            .iterator()
            .next();
    assertThat(lifecycle.findValues("noncurrent_version_expiration")).isNotEmpty();
  }

  @Test
  void nobodyDeletesPackagesOrRecordsAndRecordsAreWriteOnce() {
    for (String object : List.of(PACKAGE, RECORD)) {
      assertThat(bucketDenies(IamRequest.of("s3:DeleteObject", object))).as(object).isTrue();
      assertThat(bucketDenies(IamRequest.of("s3:DeleteObjectVersion", object))).as(object).isTrue();
    }
    // a record is created with If-None-Match: * and can never be replaced
    assertThat(bucketDenies(IamRequest.of("s3:PutObject", RECORD))).isTrue();
    assertThat(bucketDenies(IamRequest.of("s3:PutObject", RECORD).with("s3:if-none-match", "*")))
        .isFalse();
    // CodeBuild's own artifact upload (no condition header) still works for packages
    assertThat(bucketDenies(IamRequest.of("s3:PutObject", PACKAGE))).isFalse();
    assertThat(bucketPolicy.allows(IamRequest.of("s3:GetObject", PACKAGE))).isFalse();
  }

  @Test
  void onlyTheBuildRoleWritesRecordsAndOnlyOnce() {
    IamRequest create = IamRequest.of("s3:PutObject", RECORD).with("s3:if-none-match", "*");
    assertThat(codebuild.allows(create)).isFalse();
    assertThat(codebuild.allows(IamRequest.of("s3:PutObject", PACKAGE))).isTrue();
    assertThat(buildRole.allows(create)).isTrue();
    assertThat(buildRole.allows(IamRequest.of("s3:PutObject", RECORD))).isFalse();
    assertThat(buildRole.allows(IamRequest.of("s3:PutObject", PACKAGE))).isFalse();
    assertThat(buildRole.allows(IamRequest.of("s3:GetObjectVersion", PACKAGE))).isTrue();
  }

  @Test
  void theBuildCacheIsWrittenOnlyByBuildsTheMainOnlyRoleStarts() {
    // the cache is written by CodeBuild; CodeBuild runs only what the build role starts, and the
    // build role trusts main only
    assertThat(codebuild.allows(IamRequest.of("s3:PutObject", BUCKET + "/cache/x"))).isTrue();
    assertThat(buildRole.allows(IamRequest.of("s3:PutObject", BUCKET + "/cache/x"))).isFalse();
    assertThat(OidcRole.BUILD.subjects("o/r")).containsExactly("repo:o/r:ref:refs/heads/main");
  }
}
