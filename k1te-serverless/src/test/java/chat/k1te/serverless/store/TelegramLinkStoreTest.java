package chat.k1te.serverless.store;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.serverless.domain.MemberRef;
import chat.k1te.serverless.support.TestEngines;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** One-time link tokens on dynalite (which never expires items: the store checks the time). */
class TelegramLinkStoreTest {
  static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  final Tables tables = Tables.of(TestEngines.newStage("links"));
  final TelegramLinkStore store =
      new TelegramLinkStore(TestEngines.dynamo(), tables, Clock.fixed(NOW, ZoneOffset.UTC));
  final MemberRef member = new MemberRef("link-channel", "WebMember1");

  @Test
  void aTokenIsRedeemedOnce() {
    store.put("TokenAAAAAAAAAAAAAAAAA", member, NOW.plusSeconds(600));
    assertThat(store.redeem("TokenAAAAAAAAAAAAAAAAA")).contains(member);
    assertThat(store.redeem("TokenAAAAAAAAAAAAAAAAA")).isEmpty();
    assertThat(store.redeem("NeverIssuedAAAAAAAAAAA")).isEmpty();
  }

  @Test
  void anExpiredTokenIsRefusedAndGone() {
    store.put("TokenBBBBBBBBBBBBBBBBB", member, NOW);
    assertThat(store.redeem("TokenBBBBBBBBBBBBBBBBB")).isEmpty();
    store.put("TokenCCCCCCCCCCCCCCCCC", member, NOW.plusSeconds(1));
    assertThat(store.redeem("TokenCCCCCCCCCCCCCCCCC")).contains(member);
  }
}
