package chat.k1te.serverless.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.serverless.runtime.RuntimeApiStub;
import chat.k1te.serverless.support.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM package as {@code package} left it in target/function.zip: the Lambda layout, the
 * handlers and the SDK, nothing of the local runtime or the test tools, within the size limit, and
 * its class path alone runs the dispatcher.
 */
class FunctionZipIT {
  /** The limit, in decimal megabytes (the stricter reading). */
  static final long SIZE_LIMIT = 13_000_000L;

  private static Path zip;
  private static LambdaProcess.LocalEngines local;
  private static List<String> jars;
  private static List<String> jarFiles;

  @BeforeAll
  static void open() throws IOException {
    zip = Path.of(System.getProperty("kite.function.zip", "target/function.zip"));
    assertThat(zip).as("built by mvn package").isRegularFile();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      jars = file.stream().map(ZipEntry::getName).toList();
    }
    try (ZipFile file = new ZipFile(zip.toFile())) {
      jarFiles = file.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).toList();
    }
  }

  @Test
  void holdsOnlyJarsUnderLib() {
    assertThat(jars)
        .isNotEmpty()
        .allMatch(name -> name.equals("lib/") || name.matches("lib/[^/]+\\.jar"));
  }

  @Test
  void holdsTheHandlersAndTheRuntimeLoopInTheMainJar() throws IOException {
    List<String> classes = entriesOf(single("lib/k1te-serverless-"));
    assertThat(classes)
        .contains(
            "chat/k1te/serverless/RequestDispatcher.class",
            "chat/k1te/serverless/LifecycleHandler.class",
            "chat/k1te/serverless/TelegramAuthorizer.class",
            "chat/k1te/serverless/runtime/LambdaRuntimeMain.class");
    assertThat(entriesOf(single("lib/kite-contracts-")))
        .contains("chat/k1te/contracts/KiteFunction.class");
  }

  @Test
  void holdsTheSdkWithTheUrlConnectionClientOnly() {
    for (String needed :
        List.of(
            "lib/aws-lambda-java-core-",
            "lib/dynamodb-",
            "lib/s3-",
            "lib/apigatewaymanagementapi-",
            "lib/url-connection-client-",
            "lib/jackson-jr-objects-")) {
      assertThat(jars).as(needed).anyMatch(name -> name.startsWith(needed));
    }
    assertThat(jars)
        .noneMatch(
            name ->
                name.matches(
                    "lib/(netty|apache-client|apache5-client|httpclient|httpcore|aws-crt).*"));
  }

  @Test
  void holdsNothingOfTheLocalRuntimeNorOfTheTestTools() throws IOException {
    assertThat(jars)
        .noneMatch(
            name ->
                name.matches(
                    "(?i)lib/(s3proxy|jclouds|jetty|java-websocket|picocli|wiremock|junit|"
                        + "opentest4j|assertj|slf4j-simple|logback|jackson-databind|playwright).*"));
    for (String jar : jarFiles) {
      assertThat(entriesOf(jar))
          .as(jar)
          .noneMatch(
              entry -> entry.startsWith("chat/k1te/local/") || entry.startsWith("kite-local/"));
    }
  }

  @Test
  void staysWithinTheSizeLimit() throws IOException {
    long size = Files.size(zip);
    System.out.printf(
        "function.zip: %d bytes (%.2f MB) in %d jars%n", size, size / 1e6, jars.size());
    assertThat(size).isLessThanOrEqualTo(SIZE_LIMIT);
  }

  @Test
  void itsClassPathRunsTheDispatcherThroughTheRuntimeLoop(@TempDir Path task)
      throws IOException, InterruptedException {
    try (RuntimeApiStub api = new RuntimeApiStub()) {
      api.enqueue("ping-1", LambdaEvents.webSocketMessage("conn-1", "[\"PING\"]"));
      Process process =
          LambdaProcess.start(
              LambdaProcess.unpack(zip, task),
              List.of(),
              LambdaProcess.dispatcherEnvironment(api.address(), "request-dispatcher", local()));
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the loop ends once drained").isTrue();
      String output = LambdaProcess.output(task);

      assertThat(api.initErrors()).as(output).isEmpty();
      assertThat(api.errors()).as(output).isEmpty();
      assertThat(api.responses().get("ping-1").body()).as(output).contains("[\\\"PONG\\\"]");
    }
  }

  @Test
  void itsClassPathRunsTheAuthorizerThroughTheRuntimeLoop(@TempDir Path task)
      throws IOException, InterruptedException {
    try (RuntimeApiStub api = new RuntimeApiStub()) {
      String secret = "local-secret"; // the TELEGRAM_SECRET_TOKEN of dispatcherEnvironment
      api.enqueue("auth-ok", authorizerEvent(secret));
      api.enqueue("auth-wrong", authorizerEvent("guess"));
      Map<String, String> env =
          LambdaProcess.dispatcherEnvironment(
              api.address(), "chat.k1te.serverless.TelegramAuthorizer::handleRequest", local());
      Process process = LambdaProcess.start(LambdaProcess.unpack(zip, task), List.of(), env);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String output = LambdaProcess.output(task);

      assertThat(api.initErrors()).as(output).isEmpty();
      assertThat(api.responses().get("auth-ok").body())
          .as(output)
          .contains("\"isAuthorized\":true");
      assertThat(api.responses().get("auth-wrong").body())
          .as(output)
          .contains("\"isAuthorized\":false");
    }
  }

  private static String authorizerEvent(String token) {
    return Fixtures.event(
        "authorizer.json",
        Map.of("TOKEN", token, "HEADERS", Map.of("x-telegram-bot-api-secret-token", token)));
  }

  private static synchronized LambdaProcess.LocalEngines local() {
    if (local == null) {
      local = LambdaProcess.LocalEngines.create("zip");
    }
    return local;
  }

  private static String single(String prefix) {
    List<String> matching = jars.stream().filter(name -> name.startsWith(prefix)).toList();
    assertThat(matching).as(prefix).hasSize(1);
    return matching.get(0);
  }

  private static List<String> entriesOf(String jar) throws IOException {
    List<String> entries = new ArrayList<>();
    try (ZipFile file = new ZipFile(zip.toFile());
        InputStream in = file.getInputStream(file.getEntry(jar));
        ZipInputStream nested = new ZipInputStream(in)) {
      for (ZipEntry entry = nested.getNextEntry(); entry != null; entry = nested.getNextEntry()) {
        entries.add(entry.getName());
      }
    }
    return entries;
  }
}
