package chat.k1te.ci.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.ci.CiRun;
import chat.k1te.ci.ExitCode;
import chat.k1te.contracts.Artifacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/** {@code kite-ci artifact upload} against a real s3proxy. */
class ArtifactUploadCommandTest {
  private static final String BUCKET = "kite-artifacts-test";
  private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

  private static S3ProxyServer server;
  private static S3Client s3;

  @TempDir Path dir;
  private Map<String, String> env;

  @BeforeAll
  static void start() throws Exception {
    server = new S3ProxyServer();
    server.createBucket(BUCKET);
    s3 =
        S3Client.builder()
            .region(Region.EU_NORTH_1)
            .endpointOverride(server.endpoint())
            .forcePathStyle(true)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY)))
            .build();
  }

  @AfterAll
  static void stop() throws Exception {
    s3.close();
    server.close();
  }

  @BeforeEach
  void environment() {
    env = new HashMap<>();
    env.put("AWS_REGION", "eu-north-1");
    env.put("AWS_ACCESS_KEY_ID", S3ProxyServer.ACCESS_KEY);
    env.put("AWS_SECRET_ACCESS_KEY", S3ProxyServer.SECRET_KEY);
    env.put("KITE_S3_ENDPOINT", server.endpoint().toString());
    env.put("KITE_ARTIFACTS_BUCKET", BUCKET);
  }

  private Path zip(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      out.putNextEntry(new ZipEntry("bootstrap"));
      out.write(content.getBytes());
      out.closeEntry();
    }
    return file;
  }

  private CiRun.Result upload(String commit, Path zip, String... extra) {
    List<String> args =
        new ArrayList<>(List.of("artifact", "upload", "--commit", commit, "--zip", zip.toString()));
    args.addAll(List.of(extra));
    return CiRun.run(env, args.toArray(String[]::new));
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private static byte[] stored(String key) {
    return s3.getObjectAsBytes(g -> g.bucket(BUCKET).key(key)).asByteArray();
  }

  @Test
  void uploadsToTheCommitsKeyWithItsSha256() throws Exception {
    Path zip = zip("function.zip", "native " + SHA);

    CiRun.Result result = upload(SHA, zip);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OK);
    String key = Artifacts.nativeFunctionKey(SHA);
    assertThat(result.out()).contains("to s3://" + BUCKET + "/" + key, sha256(zip));
    assertThat(stored(key)).isEqualTo(Files.readAllBytes(zip));
    HeadObjectResponse head = s3.headObject(h -> h.bucket(BUCKET).key(key));
    assertThat(head.metadata()).containsEntry(Artifacts.SHA256_METADATA, sha256(zip));
  }

  @Test
  void packagingAndArchitecturePickTheKey() throws Exception {
    String commit = "1".repeat(40);
    Path zip = zip("function-jvm.zip", "jvm");

    CiRun.Result result =
        upload(commit, zip, "--packaging", "jvm", "--architecture", "x86_64", "--bucket", BUCKET);

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OK);
    assertThat(stored("lambda/x86_64/" + commit + "/function-jvm.zip"))
        .isEqualTo(Files.readAllBytes(zip));
  }

  @Test
  void neverOverwritesAnExistingKeyButAcceptsTheSameBytesAgain() throws Exception {
    String commit = "2".repeat(40);
    Path first = zip("first.zip", "first build");
    Path second = zip("second.zip", "a different build");
    assertThat(upload(commit, first).exitCode()).isEqualTo(ExitCode.OK);

    CiRun.Result other = upload(commit, second);
    CiRun.Result again = upload(commit, first);

    assertThat(other.exitCode()).as(other.toString()).isEqualTo(ExitCode.REMOTE_STATE);
    assertThat(other.err())
        .contains("already exists with SHA-256 " + sha256(first), "refusing to overwrite");
    assertThat(again.exitCode()).as(again.toString()).isEqualTo(ExitCode.OK);
    assertThat(again.out()).contains("already holds this package");
    assertThat(stored(Artifacts.nativeFunctionKey(commit))).isEqualTo(Files.readAllBytes(first));
  }

  @Test
  void anObjectWrittenByAnotherToolIsNotOverwrittenEither() throws Exception {
    String commit = "3".repeat(40);
    String key = Artifacts.nativeFunctionKey(commit);
    s3.putObject(p -> p.bucket(BUCKET).key(key), RequestBody.fromString("built by CodeBuild"));

    CiRun.Result result = upload(commit, zip("function.zip", "local"));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.REMOTE_STATE);
    assertThat(result.err()).contains("already exists with no recorded SHA-256");
    assertThat(new String(stored(key))).isEqualTo("built by CodeBuild");
  }

  @Test
  void ofConcurrentUploadsOfDifferentPackagesExactlyOneWins() throws Exception {
    String commit = "4".repeat(40);
    int uploads = 6;
    List<Path> zips = new ArrayList<>();
    for (int i = 0; i < uploads; i++) {
      zips.add(zip("concurrent-" + i + ".zip", "build " + i + " " + "x".repeat(200_000)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(uploads);
    List<Future<CiRun.Result>> results = new ArrayList<>();
    try {
      for (Path zip : zips) {
        results.add(pool.submit((Callable<CiRun.Result>) () -> upload(commit, zip)));
      }
      List<Path> winners = new ArrayList<>();
      for (int i = 0; i < uploads; i++) {
        CiRun.Result result = results.get(i).get();
        assertThat(result.exitCode())
            .as(result.toString())
            .isIn(ExitCode.OK, ExitCode.REMOTE_STATE);
        if (result.exitCode() == ExitCode.OK) {
          winners.add(zips.get(i));
        }
      }
      assertThat(winners).hasSize(1);
      assertThat(stored(Artifacts.nativeFunctionKey(commit)))
          .isEqualTo(Files.readAllBytes(winners.get(0)));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void badInputIsRefusedBeforeAnythingIsUploaded() throws Exception {
    Path notZip = dir.resolve("function.zip");
    Files.writeString(notZip, "not a zip");
    Path zip = zip("ok.zip", "ok");

    CiRun.Result noZip = upload("5".repeat(40), notZip);
    CiRun.Result shortSha = upload("abc123", zip);
    CiRun.Result badPackaging = upload("5".repeat(40), zip, "--packaging", "war");
    env.remove("KITE_ARTIFACTS_BUCKET");
    CiRun.Result noBucket = upload("5".repeat(40), zip);

    assertThat(noZip.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(noZip.err()).contains("is not a zip archive");
    assertThat(shortSha.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(shortSha.err()).contains("40-character");
    assertThat(badPackaging.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(badPackaging.err())
        .contains("--packaging must be native, jvm or jvm-aot, got 'war'");
    assertThat(noBucket.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(noBucket.err()).contains("--bucket", "KITE_ARTIFACTS_BUCKET");
    assertThat(
            s3.listObjectsV2(l -> l.bucket(BUCKET).prefix("lambda/" + "5".repeat(40))).contents())
        .isEmpty();
  }
}
