package chat.k1te.serverless.packaging;

import chat.k1te.local.engine.S3Engine;
import chat.k1te.serverless.support.TestEngines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Runs the runtime loop in a fresh JVM whose class path is exactly function.zip's {@code lib/*},
 * with a Lambda-like environment: as the managed runtime would start it, minus AWS's own loop.
 */
public final class LambdaProcess {
  private LambdaProcess() {}

  /** Unpacks function.zip into {@code task} (like /var/task). */
  public static Path unpack(Path zip, Path task) throws IOException {
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : file.stream().toList()) {
        Path target = task.resolve(entry.getName()).normalize();
        if (!target.startsWith(task)) {
          throw new IOException("zip entry escapes the task folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = file.getInputStream(entry)) {
          Files.copy(in, target);
        }
      }
    }
    return task;
  }

  /**
   * The environment of a request dispatcher on local engines; Telegram and the Management API point
   * at a closed port (a PING calls neither).
   */
  public static Map<String, String> dispatcherEnvironment(
      String runtimeApi, String handler, LocalEngines engines) {
    Map<String, String> env = new HashMap<>();
    env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
    env.put("_HANDLER", handler);
    env.put("AWS_LAMBDA_FUNCTION_NAME", engines.stage() + "-request-dispatcher");
    env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "256");
    env.put("AWS_REGION", TestEngines.REGION);
    env.put("AWS_ACCESS_KEY_ID", S3Engine.ACCESS_KEY);
    env.put("AWS_SECRET_ACCESS_KEY", S3Engine.SECRET_KEY);
    env.put("KITE_STAGE", engines.stage());
    env.put("BUCKET_NAME", engines.bucket());
    env.put("DYNAMODB_ENDPOINT", engines.dynamoEndpoint());
    env.put("S3_ENDPOINT", engines.s3Endpoint());
    env.put("WS_API_EXECUTION_ENDPOINT", "http://127.0.0.1:9/" + engines.stage());
    env.put("TELEGRAM_API_BASE_URL", "http://127.0.0.1:9/telegram");
    env.put("TELEGRAM_BOT_TOKEN", "123:local");
    env.put("TELEGRAM_SECRET_TOKEN", "local-secret");
    return env;
  }

  /** A stage (its tables) and a bucket on the shared dynalite and s3proxy of this JVM. */
  public record LocalEngines(
      String stage, String bucket, String dynamoEndpoint, String s3Endpoint) {
    public static LocalEngines create(String prefix) {
      String stage = TestEngines.newStage(prefix);
      String bucket = "kite-" + stage;
      TestEngines.s3().createBucket(bucket);
      return new LocalEngines(
          stage,
          bucket,
          TestEngines.dynalite().endpoint().toString(),
          TestEngines.s3().endpoint().toString());
    }
  }

  /** Starts the loop from the unpacked zip with the given JVM options and environment. */
  public static Process start(Path task, List<String> jvmOptions, Map<String, String> env)
      throws IOException {
    return start(ProcessHandle.current().info().command().orElse("java"), task, jvmOptions, env);
  }

  /** The same with a given java executable. */
  public static Process start(
      String java, Path task, List<String> jvmOptions, Map<String, String> env) throws IOException {
    List<String> command = new java.util.ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(task.resolve("lib").toAbsolutePath() + "/*");
    command.add("chat.k1te.serverless.runtime.LambdaRuntimeMain");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(task).toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    return builder.start();
  }

  /** What the process printed (its Lambda log), kept in a file so the pipe never blocks it. */
  public static String output(Path task) throws IOException {
    return Files.readString(log(task), StandardCharsets.UTF_8);
  }

  private static Path log(Path task) {
    return task.resolve("process.log");
  }
}
