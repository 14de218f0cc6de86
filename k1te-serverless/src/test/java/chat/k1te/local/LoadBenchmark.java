package chat.k1te.local;

/**
 * The full load run (not a test: timings are reported, not asserted). {@code ./mvnw -q -pl
 * k1te-serverless -am test-compile exec:java -Dkite.local.main=chat.k1te.local.LoadBenchmark
 * [-Dexec.args="<visitors> <messages> [<warm-up messages>]"]}, default 100 × 50 after a warm-up
 * round of 100 × 10 (other visitors on the same runtime, reported apart) so that the measured round
 * does not pay for the JIT compiler's first minutes.
 */
public final class LoadBenchmark {
  private LoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int visitors = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int messages = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    LocalLog.setEnabled(false);
    int exit = 1;
    try (LocalRuntime runtime = LocalRuntime.start(LocalRuntimeOptions.defaults().withPort(0))) {
      int problems = 0;
      if (warmUp > 0) {
        LoadReport first = LoadRun.run(runtime, "w", visitors, warmUp);
        System.out.println("warm-up round: " + first.summary());
        problems += first.problems();
      }
      LoadReport report = LoadRun.run(runtime, "m", visitors, messages);
      System.out.println("measured round: " + report.summary());
      exit = problems + report.problems() == 0 ? 0 : 1;
    } catch (Exception | AssertionError e) {
      System.out.println("load run failed: " + e);
    }
    System.exit(exit);
  }
}
