package chat.k1te.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The short form of the fuzz suite (the full one: {@link FuzzBenchmark}): 1 000 seeded hostile
 * frames and 200 malformed handshakes against the real handlers.
 */
class FuzzTest {
  private static LocalRuntime runtime;

  @BeforeAll
  static void start() {
    LocalLog.setEnabled(false);
    runtime = LocalRuntime.start(LocalRuntimeOptions.defaults().withPort(0));
  }

  @AfterAll
  static void stop() {
    runtime.close();
    LocalLog.setEnabled(true);
  }

  @Test
  void everyHostileFrameGetsErrTheSocketStaysOpenAndBadHandshakesGet4xx() throws Exception {
    FuzzRun.Report report = FuzzRun.run(runtime, 20261204L, 1_000, 200);
    System.err.println(report.summary());
    assertThat(report.failures()).as(report.summary()).isEmpty();
    assertThat(report.stillOpen()).as(report.summary()).isTrue();
  }
}
