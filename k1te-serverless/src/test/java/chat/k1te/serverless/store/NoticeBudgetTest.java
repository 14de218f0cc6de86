package chat.k1te.serverless.store;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.serverless.domain.Language;
import chat.k1te.serverless.store.NoticeBudget.Decision;
import chat.k1te.serverless.support.TestEngines;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-channel, per-minute bound on "joined" notices, counted on dynalite. */
class NoticeBudgetTest {
  final Tables tables = Tables.of(TestEngines.newStage("notices"));

  private NoticeBudget at(String time) {
    return new NoticeBudget(
        TestEngines.dynamo(), tables, Clock.fixed(Instant.parse(time), ZoneOffset.UTC));
  }

  @Test
  void tenNoticesAMinuteThenOneSummaryThenSilenceUntilTheNextMinute() {
    new ChannelStore(TestEngines.dynamo(), tables, Clock.systemUTC())
        .host("budget-chan", "h1", Language.EN);
    NoticeBudget minute1 = at("2026-12-04T10:00:05Z");
    List<Decision> decisions = new ArrayList<>();
    for (int i = 0; i < NoticeBudget.JOINED_PER_MINUTE + 3; i++) {
      decisions.add(minute1.spend("budget-chan"));
    }
    assertThat(decisions.subList(0, NoticeBudget.JOINED_PER_MINUTE)).containsOnly(Decision.SEND);
    assertThat(decisions.subList(NoticeBudget.JOINED_PER_MINUTE, decisions.size()))
        .containsExactly(Decision.SUMMARIZE, Decision.DROP, Decision.DROP);
    assertThat(at("2026-12-04T10:01:00Z").spend("budget-chan")).isEqualTo(Decision.SEND);
    assertThat(
            new ChannelStore(TestEngines.dynamo(), tables, Clock.systemUTC()).find("budget-chan"))
        .as("the channel item keeps its fields")
        .hasValueSatisfying(c -> assertThat(c.hostId()).isEqualTo("h1"));
  }

  @Test
  void aChannelThatIsGoneGetsNoNoticeAndNoItem() {
    assertThat(at("2026-12-04T10:00:05Z").spend("no-such-chan")).isEqualTo(Decision.DROP);
    assertThat(
            new ChannelStore(TestEngines.dynamo(), tables, Clock.systemUTC()).find("no-such-chan"))
        .isEmpty();
  }
}
