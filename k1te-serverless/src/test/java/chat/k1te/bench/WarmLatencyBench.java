package chat.k1te.bench;

import chat.k1te.local.engine.S3Engine;
import chat.k1te.serverless.RequestDispatcher;
import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.support.Fixtures;
import chat.k1te.serverless.support.TestEngines;
import chat.k1te.serverless.support.Updates;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Warm latency of the request dispatcher on dynalite and s3proxy, in this JVM, after a warm-up: a
 * visitor's {@code TXT} until the Telegram stand-in receives {@code sendMessage}, a host's Telegram
 * message until the Management API stand-in receives {@code postToConnection}, beside the raw
 * DynamoDB {@code GetItem} round trip on the same dynalite and a {@code PING}.
 */
@Command(
    name = "warm-latency-bench",
    mixinStandardHelpOptions = true,
    description = "Warm TXT -> Telegram and Telegram -> postToConnection latency, local engines.")
public final class WarmLatencyBench implements Callable<Integer> {
  static final String TOKEN = "123456:bench-token";
  static final String SECRET = "bench-webhook-secret-0123";
  static final long HOST = -1007000000001L;
  static final String CHANNEL = "bench-channel";

  @Option(
      names = "--iterations",
      defaultValue = "300",
      description = "Measured iterations (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(
      names = "--warmup",
      defaultValue = "100",
      description = "Unmeasured iterations first (default: ${DEFAULT-VALUE}).")
  int warmup;

  private RequestDispatcher dispatcher;
  private TimedStub stub;

  public static void main(String[] args) {
    // quiet: the test class path holds logback (DEBUG by default) beside slf4j-simple
    System.setProperty("slf4j.provider", "org.slf4j.simple.SimpleServiceProvider");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    int code = new CommandLine(new WarmLatencyBench()).execute(args);
    System.exit(code); // the engines' shutdown hooks stop dynalite and s3proxy
  }

  @Override
  public Integer call() throws Exception {
    String stage = TestEngines.newStage("bench");
    String bucket = "kite-" + stage;
    TestEngines.s3().createBucket(bucket);
    try (TimedStub timed = new TimedStub(TOKEN, stage)) {
      stub = timed;
      dispatcher = new RequestDispatcher(environment(stage, bucket));
      webhook(Updates.update(Updates.text(HOST, "Bench support", 7, "/host " + CHANNEL)));
      invoke(
          Fixtures.event(
              "ws-connect.json",
              Map.of("CONNECTION_ID", "bench-conn", "QUERY", Map.of("c", CHANNEL))));
      String join = "[\"JOIN\",\"benchVisit1\",\"Bench Visitor\",\"" + CHANNEL + "\"]";
      require(frame("bench-conn", join), "\"OK\"");
      String rawTable = createRawTable();

      Map<String, List<Double>> samples = new LinkedHashMap<>();
      for (int i = -warmup; i < iterations; i++) {
        boolean measured = i >= 0;
        record(samples, measured, "visitor TXT -> Telegram sendMessage received", visitorText(i));
        record(samples, measured, "host message -> postToConnection received", hostText(i));
        record(samples, measured, "PING through the dispatcher", ping());
        record(samples, measured, "raw DynamoDB GetItem on the same dynalite", getItem(rawTable));
      }
      System.out.printf(
          "%d iterations after %d warm-up ones, one JVM (%s %s), dynalite + s3proxy%n%n",
          iterations,
          warmup,
          System.getProperty("java.vm.name"),
          System.getProperty("java.runtime.version"));
      System.out.println("| path | n | p50 ms | p90 ms | p99 ms | max ms |");
      System.out.println("|---|---|---|---|---|---|");
      samples.forEach(
          (name, millis) -> {
            Stats stats = Stats.of(millis);
            System.out.printf(
                "| %s | %d | %s | %s | %s | %s |%n",
                name,
                stats.count(),
                Stats.ms(stats.median()),
                Stats.ms(stats.p90()),
                Stats.ms(stats.p99()),
                Stats.ms(stats.max()));
          });
      return 0;
    }
  }

  private Map<String, String> environment(String stage, String bucket) {
    Map<String, String> env = new HashMap<>();
    env.put("KITE_STAGE", stage);
    env.put("WS_API_EXECUTION_ENDPOINT", stub.executionEndpoint(stage).toString());
    env.put("BUCKET_NAME", bucket);
    env.put("AWS_REGION", TestEngines.REGION);
    env.put("AWS_ACCESS_KEY_ID", S3Engine.ACCESS_KEY);
    env.put("AWS_SECRET_ACCESS_KEY", S3Engine.SECRET_KEY);
    env.put("DYNAMODB_ENDPOINT", TestEngines.dynalite().endpoint().toString());
    env.put("S3_ENDPOINT", TestEngines.s3().endpoint().toString());
    env.put("TELEGRAM_API_BASE_URL", stub.telegramBase().toString());
    env.put("TELEGRAM_BOT_TOKEN", TOKEN);
    env.put("TELEGRAM_SECRET_TOKEN", SECRET);
    return env;
  }

  private static void record(
      Map<String, List<Double>> samples, boolean measured, String name, double millis) {
    if (measured) {
      samples.computeIfAbsent(name, key -> new ArrayList<>()).add(millis);
    }
  }

  private double visitorText(int i) throws Exception {
    stub.drain();
    String txt = "[\"TXT\",\"m" + (i + warmup) + "\",\"hello " + i + "\",\"2026-11-28T10:00:00Z\"]";
    long start = System.nanoTime();
    String reply = frame("bench-conn", txt);
    TimedStub.Hit sent = stub.await("sendMessage");
    require(reply, "\"ACK\"");
    return (sent.receivedNanos() - start) / 1e6;
  }

  private double hostText(int i) throws Exception {
    stub.drain();
    long start = System.nanoTime();
    webhook(Updates.update(Updates.text(HOST, "Bench support", 7, "answer " + i)));
    TimedStub.Hit pushed = stub.await("bench-conn");
    require(pushed.body(), "answer " + i);
    return (pushed.receivedNanos() - start) / 1e6;
  }

  private double ping() throws Exception {
    long start = System.nanoTime();
    require(frame("bench-conn", "[\"PING\"]"), "PONG");
    return (System.nanoTime() - start) / 1e6;
  }

  private double getItem(String table) {
    DynamoDbClient dynamo = TestEngines.dynamo();
    long start = System.nanoTime();
    var item = dynamo.getItem(b -> b.tableName(table).key(Map.of("id", AttributeValue.fromS("k"))));
    double millis = (System.nanoTime() - start) / 1e6;
    if (!item.hasItem()) {
      throw new IllegalStateException("GetItem found nothing");
    }
    return millis;
  }

  private static String createRawTable() {
    String table = "bench-raw-" + System.nanoTime();
    DynamoDbClient dynamo = TestEngines.dynamo();
    dynamo.createTable(
        b ->
            b.tableName(table)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    AttributeDefinition.builder()
                        .attributeName("id")
                        .attributeType(ScalarAttributeType.S)
                        .build())
                .keySchema(
                    KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()));
    dynamo.putItem(
        b ->
            b.tableName(table)
                .item(Map.of("id", AttributeValue.fromS("k"), "v", AttributeValue.fromS("bench"))));
    return table;
  }

  /** Sends a WebSocket frame; returns the reply frame (the response's body). */
  private String frame(String connection, String frame) throws Exception {
    return (String)
        Json.parseObject(
                invoke(
                    Fixtures.event(
                        "ws-message.json", Map.of("CONNECTION_ID", connection, "BODY", frame))))
            .get("body");
  }

  private String webhook(Map<String, Object> update) throws Exception {
    Map<String, String> headers =
        Map.of("content-type", "application/json", "x-telegram-bot-api-secret-token", SECRET);
    return invoke(
        Fixtures.event(
            "http-webhook.json", Map.of("HEADERS", headers, "BODY", Json.write(update))));
  }

  private String invoke(String event) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    dispatcher.handleRequest(
        new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void require(String text, String expected) {
    if (!text.contains(expected)) {
      throw new IllegalStateException("expected " + expected + " in " + text);
    }
  }
}
