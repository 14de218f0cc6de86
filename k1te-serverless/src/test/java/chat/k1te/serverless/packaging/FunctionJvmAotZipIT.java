package chat.k1te.serverless.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.serverless.config.AwsClients;
import chat.k1te.serverless.packaging.aot.AotLayout;
import chat.k1te.serverless.packaging.aot.AotZip;
import chat.k1te.serverless.runtime.RuntimeApiStub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jvm-aot package as {@code package} left it: a custom runtime ({@code bootstrap}, a jlinked
 * JDK, the JVM package's {@code lib/}, the AOT cache) that runs the dispatcher through the runtime
 * loop with its classes taken from the cache. A cache the JVM cannot use is silently ignored, so
 * the test reads the JVM's class-loading log rather than trusting that the file is there.
 */
class FunctionJvmAotZipIT {
  /** Lambda's limit for unzipped code (deployment from S3). */
  static final long UNZIPPED_LIMIT = 250L * 1024 * 1024;

  private static Path zip;
  private static List<String> files;
  private static LambdaProcess.LocalEngines local;

  @BeforeAll
  static void open() throws IOException {
    zip = Path.of(System.getProperty("kite.function.aot.zip", "target/function-jvm-aot.zip"));
    assertThat(zip).as("built by mvn package (needs a JDK 25, see README)").isRegularFile();
    files = AotZip.files(zip);
  }

  @Test
  void isACustomRuntimeWithTheJvmPackagesClassPath() throws IOException {
    assertThat(files)
        .contains(AotLayout.BOOTSTRAP, AotLayout.CACHE, AotLayout.JRE + "/bin/java")
        .anyMatch(name -> name.matches("lib/k1te-serverless-[^/]+\\.jar"));
    try (var jvm =
        new java.util.zip.ZipFile(System.getProperty("kite.function.zip", "target/function.zip"))) {
      List<String> jvmJars =
          jvm.stream().filter(e -> !e.isDirectory()).map(e -> e.getName()).toList();
      assertThat(files.stream().filter(name -> name.startsWith("lib/")))
          .containsExactlyInAnyOrderElementsOf(jvmJars);
    }
  }

  @Test
  void staysWithinLambdasUnzippedLimit(@TempDir Path task) throws IOException {
    AotZip.unpack(zip, task);
    long unzipped;
    try (var walk = Files.walk(task)) {
      unzipped = walk.filter(Files::isRegularFile).mapToLong(FunctionJvmAotZipIT::size).sum();
    }
    System.out.printf(
        "function-jvm-aot.zip: %d bytes zipped, %d bytes unzipped%n", Files.size(zip), unzipped);
    assertThat(unzipped).isLessThanOrEqualTo(UNZIPPED_LIMIT);
    assertThat(Files.isExecutable(task.resolve(AotLayout.BOOTSTRAP))).isTrue();
    assertThat(Files.isExecutable(task.resolve(AotLayout.JRE).resolve("bin/java"))).isTrue();
  }

  @Test
  void theBootstrapRunsTheDispatcherWithItsClassesFromTheAotCache(@TempDir Path task)
      throws Exception {
    AotZip.unpack(zip, task);
    Run run = ping(task, "");

    assertThat(run.pong()).as(run.output()).isTrue();
    assertThat(run.fromCache("chat.k1te.serverless.RequestDispatcher"))
        .as(run.classLoading())
        .isTrue();
  }

  @Test
  void theLazilyBuiltClientsAreInTheCacheToo(@TempDir Path task) throws Exception {
    AotZip.unpack(zip, task);
    // a PING builds no S3 client; building every client at init shows where their classes come from
    Run run = ping(task, " -D" + AwsClients.BUILD_ALL_AT_INIT + "=true");

    assertThat(run.pong()).as(run.output()).isTrue();
    assertThat(run.fromCache("software.amazon.awssdk.services.s3.DefaultS3Client"))
        .as(run.classLoading())
        .isTrue();
    assertThat(
            run.fromCache(
                "software.amazon.awssdk.services.apigatewaymanagementapi"
                    + ".DefaultApiGatewayManagementApiClient"))
        .as(run.classLoading())
        .isTrue();
  }

  @Test
  void aCacheTheJvmCannotUseIsDetected(@TempDir Path task) throws Exception {
    AotZip.unpack(zip, task);
    // a cache recorded with another object layout: the JVM refuses it and loads from the jars
    Path java = task.resolve(AotLayout.JRE).resolve("bin/java");
    Path foreign = task.resolve("foreign.aot");
    List<String> options = new ArrayList<>(AotLayout.JVM_OPTIONS);
    options.add("-XX:+UseCompactObjectHeaders");
    options.add("-XX:AOTCacheOutput=" + foreign);
    try (RuntimeApiStub api = new RuntimeApiStub()) {
      api.enqueue("train", LambdaEvents.webSocketMessage("conn-t", "[\"PING\"]"));
      Process process =
          LambdaProcess.start(
              java.toString(),
              task,
              options,
              LambdaProcess.dispatcherEnvironment(api.address(), "request-dispatcher", local()));
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(foreign).as(LambdaProcess.output(task)).isRegularFile();
    Files.move(foreign, task.resolve(AotLayout.CACHE), StandardCopyOption.REPLACE_EXISTING);

    Run run = ping(task, "");

    assertThat(run.pong()).as("a refused cache costs speed, not correctness").isTrue();
    assertThat(run.fromCache("chat.k1te.serverless.RequestDispatcher"))
        .as(run.classLoading())
        .isFalse();
  }

  /** One PING through {@code bootstrap}, as Lambda starts it, with class loading logged. */
  private static Run ping(Path task, String extraOptions) throws Exception {
    Path classLoading = task.resolve("class-load.log");
    try (RuntimeApiStub api = new RuntimeApiStub()) {
      api.enqueue("ping", LambdaEvents.webSocketMessage("conn-1", "[\"PING\"]"));
      Map<String, String> env =
          LambdaProcess.dispatcherEnvironment(api.address(), "request-dispatcher", local());
      env.put("LAMBDA_TASK_ROOT", task.toString());
      // read by the java launcher: the bootstrap's own command line stays as shipped
      env.put("JDK_JAVA_OPTIONS", "-Xlog:class+load=info:file=" + classLoading + extraOptions);
      ProcessBuilder builder =
          new ProcessBuilder(task.resolve(AotLayout.BOOTSTRAP).toString())
              .redirectErrorStream(true)
              .redirectOutput(task.resolve("process.log").toFile());
      builder.environment().clear();
      builder.environment().putAll(env);
      Process process = builder.start();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the loop ends once drained").isTrue();
      RuntimeApiStub.Posted response = api.responses().get("ping");
      return new Run(
          response != null && response.body().contains("[\\\"PONG\\\"]"),
          Files.readString(task.resolve("process.log")),
          Files.exists(classLoading) ? Files.readString(classLoading) : "");
    }
  }

  record Run(boolean pong, String output, String classLoading) {
    /** The class was mapped from the cache, not read from lib/*.jar. */
    boolean fromCache(String className) {
      return classLoading
          .lines()
          .anyMatch(
              line ->
                  line.contains(" " + className + " ")
                      && line.contains("source: shared objects file"));
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static synchronized LambdaProcess.LocalEngines local() {
    if (local == null) {
      local = LambdaProcess.LocalEngines.create("aot");
    }
    return local;
  }
}
