package chat.k1te.serverless.store;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.serverless.domain.MemberRef;
import chat.k1te.serverless.support.TestEngines;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** History on dynalite: time order through the index, limits, batched deletion. */
class HistoryStoreTest {
  final HistoryStore history =
      new HistoryStore(TestEngines.dynamo(), Tables.of(TestEngines.newStage("hist")));
  final MemberRef member = new MemberRef("history-chan", "m1");
  final Instant t0 = Instant.parse("2026-11-28T09:00:00Z");

  @Test
  void itemsComeBackInTimeOrderAfterAMarkAndTheLastN() {
    // ids deliberately out of time order; times with and without fractions
    for (int i = 0; i < 60; i++) {
      history.append(
          member, new HistoryStore.Item("id-" + (59 - i), "c" + i, t0.plusMillis(i * 500L)));
    }
    assertThat(history.all(member)).extracting(HistoryStore.Item::content).first().isEqualTo("c0");
    List<HistoryStore.Item> after = history.after(member, t0.plusMillis(57 * 500L));
    assertThat(after).extracting(HistoryStore.Item::content).containsExactly("c58", "c59");
    assertThat(history.last(member, 3))
        .extracting(HistoryStore.Item::content)
        .containsExactly("c57", "c58", "c59");
    assertThat(history.after(new MemberRef("history-chan", "other"), t0)).isEmpty();

    history.deleteAll(member);
    assertThat(history.all(member)).isEmpty();
  }
}
