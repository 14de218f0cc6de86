package chat.k1te.ci.artifacts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.ci.CiRun;
import chat.k1te.ci.ExitCode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code kite-ci artifact resolve} against an S3 stub speaking the REST protocol (path style). */
class ArtifactResolveCommandTest {
  @RegisterExtension
  static WireMockExtension s3 =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String BUCKET = "kite-artifacts";
  private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
  private static final String KEY = "lambda/" + COMMIT + "/function.zip";
  private static final String VERSION = "v1.built-by-main";
  private static final String BUILT = "the bytes main built";

  @TempDir Path dir;
  private Map<String, String> env;

  @BeforeEach
  void setUp() {
    env = new HashMap<>();
    env.put("AWS_REGION", "eu-central-1");
    env.put("AWS_ACCESS_KEY_ID", "AKIDTEST");
    env.put("AWS_SECRET_ACCESS_KEY", "test-secret");
    env.put("KITE_S3_ENDPOINT", s3.baseUrl());
    env.put("GITHUB_OUTPUT", dir.resolve("output").toString());
  }

  private CiRun.Result resolve() {
    return CiRun.run(env, "artifact", "resolve", "--bucket", BUCKET, "--commit", COMMIT);
  }

  private static String sha256(String text) throws Exception {
    return Base64.getEncoder()
        .encodeToString(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private void record(String body) {
    s3.stubFor(
        get(urlPathEqualTo("/" + BUCKET + "/builds/" + COMMIT + ".json"))
            .willReturn(aResponse().withStatus(200).withBody(body)));
  }

  private void version(String versionId, String bytes) {
    s3.stubFor(
        get(urlPathEqualTo("/" + BUCKET + "/" + KEY))
            .withQueryParam("versionId", equalTo(versionId))
            .willReturn(aResponse().withStatus(200).withBody(bytes)));
  }

  private static String recordOf(String sha256) {
    return new BuildRecord(
            COMMIT, "kite-native-arm64:7", Map.of(KEY, new BuildRecord.Pinned(VERSION, sha256)))
        .toJson();
  }

  @Test
  void thePinnedVersionIsResolvedWithItsHash() throws Exception {
    record(recordOf(sha256(BUILT)));
    version(VERSION, BUILT);
    // a later write to the key (a new version) is never what the deploy gets
    s3.stubFor(
        get(urlPathEqualTo("/" + BUCKET + "/" + KEY))
            .atPriority(10)
            .willReturn(aResponse().withStatus(200).withBody("swapped")));

    CiRun.Result result = resolve();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(dir.resolve("output")))
        .contains(
            "artifact-key=" + KEY + "\n",
            "artifact-version=" + VERSION + "\n",
            "artifact-sha256=" + sha256(BUILT) + "\n");
  }

  @Test
  void aCommitMainNeverBuiltFailsWithTheReason() {
    s3.stubFor(
        get(urlPathEqualTo("/" + BUCKET + "/builds/" + COMMIT + ".json"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withBody("<Error><Code>NoSuchKey</Code><Message>none</Message></Error>")));

    CiRun.Result result = resolve();

    assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(result.err())
        .contains("commit " + COMMIT + " has no build record")
        .contains("main never built it");
  }

  @Test
  void bytesThatDifferFromTheRecordAreRefused() throws Exception {
    record(recordOf(sha256(BUILT)));
    version(VERSION, "something else");

    CiRun.Result result = resolve();

    assertThat(result.exitCode()).isEqualTo(ExitCode.REMOTE_STATE);
    assertThat(result.err()).contains("but its build record says").contains("refusing to deploy");
  }

  @Test
  void aRecordWithTrailingContentIsRefused() throws Exception {
    record(recordOf(sha256(BUILT)) + "{\"commit\":\"ffff\"}");

    CiRun.Result result = resolve();

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err()).contains("has content after its JSON value");
  }

  @Test
  void anX86StageResolvesTheX86PackageAndSaysWhenMainBuiltOnlyArm64() throws Exception {
    record(recordOf(sha256(BUILT)));
    version(VERSION, BUILT);

    CiRun.Result x86 =
        CiRun.run(
            env,
            "artifact",
            "resolve",
            "--commit",
            COMMIT,
            "--architecture",
            "x86_64",
            "--bucket",
            BUCKET);

    assertThat(x86.exitCode()).as(x86.toString()).isEqualTo(ExitCode.REMOTE_STATE);
    assertThat(x86.err())
        .contains("names no package lambda/x86_64/" + COMMIT + "/function.zip")
        .contains(KEY);

    String x86Key = "lambda/x86_64/" + COMMIT + "/function-jvm.zip";
    record(
        new BuildRecord(
                COMMIT,
                "kite-native-x86-64:3",
                Map.of(x86Key, new BuildRecord.Pinned(VERSION, sha256(BUILT))))
            .toJson());
    s3.stubFor(
        get(urlPathEqualTo("/" + BUCKET + "/" + x86Key))
            .withQueryParam("versionId", equalTo(VERSION))
            .willReturn(aResponse().withStatus(200).withBody(BUILT)));
    env.put("KITE_ARTIFACTS_BUCKET", BUCKET);

    CiRun.Result jvm =
        CiRun.run(
            env,
            "artifact",
            "resolve",
            "--commit",
            COMMIT,
            "--architecture",
            "x86_64",
            "--packaging",
            "jvm");

    assertThat(jvm.exitCode()).as(jvm.toString()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(dir.resolve("output"))).contains("artifact-key=" + x86Key + "\n");
  }

  @Test
  void anUnknownArchitectureIsInvalidInput() {
    CiRun.Result result =
        CiRun.run(
            env,
            "artifact",
            "resolve",
            "--bucket",
            BUCKET,
            "--commit",
            COMMIT,
            "--architecture",
            "sparc");

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err()).contains("--architecture must be arm64 or x86_64, got 'sparc'");
  }

  @Test
  void invalidCommitIsInvalidInput() {
    CiRun.Result result =
        CiRun.run(env, "artifact", "resolve", "--bucket", BUCKET, "--commit", "main");
    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err()).contains("40-character");
  }
}
