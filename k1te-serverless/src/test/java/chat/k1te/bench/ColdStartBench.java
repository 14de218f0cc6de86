package chat.k1te.bench;

import chat.k1te.serverless.packaging.LambdaEvents;
import chat.k1te.serverless.packaging.LambdaProcess;
import chat.k1te.serverless.packaging.aot.AotLayout;
import chat.k1te.serverless.packaging.aot.AotZip;
import chat.k1te.serverless.runtime.RuntimeApiStub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Cold start: a fresh JVM on exactly function.zip's class path ({@code lib/*}) runs our Runtime API
 * loop, builds the request dispatcher (its SDK clients included) and answers one WebSocket {@code
 * ["PING"]}. Measured from just before the process is spawned to the moment the local Runtime API
 * receives the response. Variants (JVM options) run interleaved, round after round.
 */
@Command(
    name = "cold-start-bench",
    mixinStandardHelpOptions = true,
    description = "JVM process start -> first event handled, per JVM option variant.")
public final class ColdStartBench implements Callable<Integer> {
  @Option(
      names = "--zip",
      defaultValue = "target/function.zip",
      description = "The JVM function.zip (default: ${DEFAULT-VALUE}).")
  Path zip;

  @Option(
      names = "--aot-zip",
      defaultValue = "target/function-jvm-aot.zip",
      description = "The jvm-aot package, for the jvm-aot variant (default: ${DEFAULT-VALUE}).")
  Path aotZip;

  @Option(
      names = "--baseline-zip",
      description =
          "Another function.zip (e.g. built from an earlier commit), run with default JVM options"
              + " as the variant 'baseline': measures a code change in the same run.")
  Path baselineZip;

  @Option(
      names = "--runs",
      defaultValue = "10",
      description = "Measured runs per variant (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--java",
      description = "The java executable to start (default: the one running this benchmark).")
  Path java;

  @Option(
      names = "--variants",
      split = ",",
      defaultValue = "default,c1,serial-c1,no-cds,appcds,appcds-serial-c1,jvm-aot",
      description =
          "Variants to run (default: ${DEFAULT-VALUE}); also aot, aot-serial-c1 (JDK 25+)."
              + " jvm-aot runs the bootstrap of the jvm-aot package (its own JDK and cache).")
  List<String> variants;

  @Option(
      names = "--target-ms",
      defaultValue = "500",
      description = "The target, for the ratio column (default: ${DEFAULT-VALUE}).")
  double targetMs;

  public static void main(String[] args) {
    // quiet: the test class path holds logback (DEBUG by default) beside slf4j-simple
    System.setProperty("slf4j.provider", "org.slf4j.simple.SimpleServiceProvider");
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.exit(new CommandLine(new ColdStartBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Path task = LambdaProcess.unpack(zip, Files.createTempDirectory("kite-cold-start"));
    Path aotTask =
        variants.contains(JVM_AOT)
            ? AotZip.unpack(aotZip, Files.createTempDirectory("kite-cold-start-aot"))
            : null;
    Path baselineTask =
        baselineZip == null
            ? null
            : LambdaProcess.unpack(baselineZip, Files.createTempDirectory("kite-cold-start-base"));
    LambdaProcess.LocalEngines engines = LambdaProcess.LocalEngines.create("cold");
    Path archive = task.resolve("app.jsa");
    Path aotCache = task.resolve("app.aot");
    String javaCommand =
        java != null ? java.toString() : ProcessHandle.current().info().command().orElseThrow();
    Map<String, List<String>> options = new LinkedHashMap<>();
    if (baselineTask != null) {
      options.put(BASELINE, List.of());
    }
    for (String variant : variants) {
      options.put(
          variant, variant.equals(JVM_AOT) ? List.of() : options(variant, archive, aotCache));
    }
    if (variants.stream().anyMatch(v -> v.startsWith("appcds"))) {
      // one training run writes the dynamic AppCDS archive of the classes the first event loads
      measure(
          "train",
          javaCommand,
          task,
          null,
          List.of("-XX:ArchiveClassesAtExit=" + archive),
          engines);
      System.out.printf("AppCDS archive: %d bytes%n", Files.size(archive));
    }
    if (variants.stream().anyMatch(v -> v.startsWith("aot"))) {
      // JDK 25+ (JEP 483/514/515): one training run records the AOT cache (classes loaded and
      // linked, method profiles)
      measure("train", javaCommand, task, null, List.of("-XX:AOTCacheOutput=" + aotCache), engines);
      System.out.printf("AOT cache: %d bytes%n", Files.size(aotCache));
    }
    for (Map.Entry<String, List<String>> variant : options.entrySet()) {
      // warm the OS page cache, not measured
      measure(
          variant.getKey(),
          javaCommand,
          taskOf(variant.getKey(), task, baselineTask),
          aotTask,
          variant.getValue(),
          engines);
    }
    Map<String, List<Sample>> samples = new LinkedHashMap<>();
    for (int run = 0; run < runs; run++) {
      for (Map.Entry<String, List<String>> variant : options.entrySet()) {
        samples
            .computeIfAbsent(variant.getKey(), key -> new ArrayList<>())
            .add(
                measure(
                    variant.getKey(),
                    javaCommand,
                    taskOf(variant.getKey(), task, baselineTask),
                    aotTask,
                    variant.getValue(),
                    engines));
      }
    }
    System.out.printf(
        "java: %s (%s)%nfunction.zip: %d bytes%n%n",
        javaCommand, version(javaCommand, task), Files.size(zip));
    System.out.println(
        "| variant | JVM options | runs | min ms | median ms | p90 ms | median / "
            + (int) targetMs
            + " ms | median CPU ms |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    samples.forEach(
        (variant, list) -> {
          Stats wall = Stats.of(list.stream().map(Sample::wallMillis).toList());
          Stats cpu = Stats.of(list.stream().map(Sample::cpuMillis).toList());
          System.out.printf(
              Locale.ROOT,
              "| %s | `%s` | %d | %s | %s | %s | %.2f | %s |%n",
              variant,
              (variant.equals(JVM_AOT)
                      ? "bootstrap: " + AotLayout.bootstrapCommand()
                      : String.join(" ", options.get(variant)))
                  .replace(archive.toString(), "app.jsa")
                  .replace(aotCache.toString(), "app.aot"),
              wall.count(),
              Stats.ms(wall.min()),
              Stats.ms(wall.median()),
              Stats.ms(wall.p90()),
              wall.median() / targetMs,
              Stats.ms(cpu.median()));
        });
    if (samples.containsKey(BASELINE) && samples.containsKey("default")) {
      System.out.printf(
          Locale.ROOT,
          "%ndefault median / baseline median = %.2f (CPU %.2f)%n",
          median(samples, "default", Sample::wallMillis)
              / median(samples, BASELINE, Sample::wallMillis),
          median(samples, "default", Sample::cpuMillis)
              / median(samples, BASELINE, Sample::cpuMillis));
    }
    if (samples.containsKey(JVM_AOT) && samples.containsKey("default")) {
      double aot =
          Stats.of(samples.get(JVM_AOT).stream().map(Sample::wallMillis).toList()).median();
      double jvm =
          Stats.of(samples.get("default").stream().map(Sample::wallMillis).toList()).median();
      System.out.printf(Locale.ROOT, "%njvm-aot median / default median = %.2f%n", aot / jvm);
    }
    return 0;
  }

  private static final String JVM_AOT = "jvm-aot";
  private static final String BASELINE = "baseline";

  private static Path taskOf(String variant, Path task, Path baselineTask) {
    return variant.equals(BASELINE) ? baselineTask : task;
  }

  private static double median(
      Map<String, List<Sample>> samples,
      String variant,
      java.util.function.ToDoubleFunction<Sample> value) {
    return Stats.of(samples.get(variant).stream().map(s -> value.applyAsDouble(s)).toList())
        .median();
  }

  private static Sample measure(
      String variant,
      String java,
      Path task,
      Path aotTask,
      List<String> jvm,
      LambdaProcess.LocalEngines engines)
      throws Exception {
    if (!variant.equals(JVM_AOT)) {
      return once(env -> LambdaProcess.start(java, task, jvm, env), task, engines);
    }
    return once(
        env -> {
          env.put("LAMBDA_TASK_ROOT", aotTask.toString());
          ProcessBuilder builder =
              new ProcessBuilder(aotTask.resolve(AotLayout.BOOTSTRAP).toString())
                  .redirectErrorStream(true)
                  .redirectOutput(aotTask.resolve("process.log").toFile());
          builder.environment().clear();
          builder.environment().putAll(env);
          return builder.start();
        },
        aotTask,
        engines);
  }

  /** Starts one Lambda process in the given environment. */
  interface Launcher {
    Process start(Map<String, String> env) throws IOException;
  }

  static List<String> options(String variant, Path archive, Path aotCache) {
    String useArchive = "-XX:SharedArchiveFile=" + archive;
    String useAot = "-XX:AOTCache=" + aotCache;
    return switch (variant) {
      case "default" -> List.of();
      case "c1" -> List.of("-XX:TieredStopAtLevel=1");
      // what a 256 MB Lambda gets by ergonomics (SerialGC below 2 CPUs / 1792 MB) plus C1 only
      case "serial-c1" -> List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
      case "no-cds" -> List.of("-Xshare:off");
      case "appcds" -> List.of(useArchive);
      case "appcds-serial-c1" -> List.of(useArchive, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
      case "aot" -> List.of(useAot);
      case "aot-serial-c1" -> List.of(useAot, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
      default ->
          throw new CommandLine.ParameterException(
              new CommandLine(new ColdStartBench()), "unknown variant '" + variant + "'");
    };
  }

  /** One cold start: wall ms from spawn to the response at the Runtime API, and CPU ms by then. */
  record Sample(double wallMillis, double cpuMillis) {}

  private static Sample once(Launcher launcher, Path task, LambdaProcess.LocalEngines engines)
      throws Exception {
    try (RuntimeApiStub api = new RuntimeApiStub()) {
      api.enqueue("cold", LambdaEvents.webSocketMessage("conn-cold", "[\"PING\"]"));
      api.holdWhenDrained(300); // the process waits in next: its CPU time can be read
      Map<String, String> env =
          LambdaProcess.dispatcherEnvironment(api.address(), "request-dispatcher", engines);
      long start = System.nanoTime();
      Process process = launcher.start(env);
      RuntimeApiStub.Posted posted = api.await("cold", 30_000);
      Thread.sleep(50); // let the process reach its next call: then it only waits
      double cpu = process.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      if (posted == null || !api.responses().containsKey("cold")) {
        throw new IllegalStateException(
            "no response to the PING: " + posted + "\n" + LambdaProcess.output(task));
      }
      return new Sample((posted.receivedNanos() - start) / 1e6, cpu);
    }
  }

  private static String version(String java, Path task) throws Exception {
    Process process =
        new ProcessBuilder(java, "-XshowSettings:properties", "-version")
            .redirectErrorStream(true)
            .redirectOutput(task.resolve("version.txt").toFile())
            .start();
    process.waitFor(30, TimeUnit.SECONDS);
    return Files.readAllLines(task.resolve("version.txt")).stream()
        .filter(line -> line.contains("java.runtime.version") || line.contains("java.vm.name"))
        .map(String::trim)
        .reduce((a, b) -> a + ", " + b)
        .orElse("?");
  }
}
