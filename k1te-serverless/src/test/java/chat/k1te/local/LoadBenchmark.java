package chat.k1te.local;

/**
 * The full load run (not a test: timings are reported, not asserted). {@code ./mvnw -q -pl
 * k1te-serverless -am test-compile exec:java -Dkite.local.main=chat.k1te.local.LoadBenchmark
 * [-Dexec.args="<visitors> <messages>"]}, default 100 × 50.
 */
public final class LoadBenchmark {
  private LoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int visitors = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int messages = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    LocalLog.setEnabled(false);
    int exit = 1;
    try (LocalRuntime runtime = LocalRuntime.start(LocalRuntimeOptions.defaults().withPort(0))) {
      LoadReport report = LoadRun.run(runtime, visitors, messages);
      System.out.println(report.summary());
      exit = report.problems() == 0 ? 0 : 1;
    } catch (Exception | AssertionError e) {
      System.out.println("load run failed: " + e);
    }
    System.exit(exit);
  }
}
