package chat.k1te.local;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.local.profile.RuntimeProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The short form of the load benchmark ({@link LoadBenchmark}): 10 visitors × 20 messages and one
 * operator reply each, with nothing lost, duplicated, reordered, cross-delivered or failed.
 */
class LoadTest {
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
  void tenVisitorsTimesTwentyMessagesArriveExactlyOnceInOrder() throws Exception {
    LoadReport report = LoadRun.run(runtime, 10, 20);
    System.err.println(report.summary());
    assertThat(report.problems()).as(report.summary()).isZero();
    // the profile the full benchmark relies on is read, not made up
    RuntimeProfile sending = report.profile().interval();
    assertThat(sending.dispatcher().count()).as("invocations").isGreaterThanOrEqualTo(200);
    assertThat(sending.telegram().count()).as("Bot API requests").isGreaterThanOrEqualTo(200);
    assertThat(sending.dynalite().operations()).containsKeys("GetItem", "PutItem", "UpdateItem");
    assertThat(sending.dynalite().requests()).isGreaterThanOrEqualTo(200 * 7);
    assertThat(sending.dynalite().cpuMicros()).isPositive();
  }
}
