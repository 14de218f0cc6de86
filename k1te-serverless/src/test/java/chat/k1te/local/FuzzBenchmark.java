package chat.k1te.local;

/**
 * The full fuzz run: {@code ./mvnw -q -pl k1te-serverless -am test-compile exec:java
 * -Dkite.local.main=chat.k1te.local.FuzzBenchmark [-Dexec.args="<seed> <frames> <handshakes>"]},
 * default seed 20261204, 10 000 frames, 2 000 handshakes. Exit code 1 when anything failed.
 */
public final class FuzzBenchmark {
  private FuzzBenchmark() {}

  public static void main(String[] args) throws Exception {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 20261204L;
    int frames = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int handshakes = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
    LocalLog.setEnabled(false);
    boolean ok;
    try (LocalRuntime runtime = LocalRuntime.start(LocalRuntimeOptions.defaults().withPort(0))) {
      FuzzRun.Report report = FuzzRun.run(runtime, seed, frames, handshakes);
      System.out.println("seed " + seed + ": " + report.summary());
      ok = report.failures().isEmpty() && report.stillOpen();
    }
    System.exit(ok ? 0 : 1);
  }
}
