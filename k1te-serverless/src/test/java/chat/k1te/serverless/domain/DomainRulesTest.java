package chat.k1te.serverless.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DomainRulesTest {
  @Test
  void channelNamesAre8To32SafeCharacters() {
    assertThat(ChannelName.validate("k1te_chat-test")).isEqualTo("k1te_chat-test");
    assertThatThrownBy(() -> ChannelName.validate("short"))
        .hasMessageStartingWith("Invalid channel name short.");
    assertThatThrownBy(() -> ChannelName.validate("x".repeat(33)))
        .isInstanceOf(KiteException.class);
    assertThatThrownBy(() -> ChannelName.validate("has space here"))
        .isInstanceOf(KiteException.class);
    assertThatThrownBy(() -> ChannelName.validate(" "))
        .hasMessageStartingWith("Missing channel name");
  }

  @Test
  void textLimitIs4096Utf8Bytes() {
    assertThatNoException().isThrownBy(() -> MediaPolicy.checkText("a".repeat(4096)));
    assertThatThrownBy(() -> MediaPolicy.checkText("a".repeat(4097)))
        .hasMessage(
            "The provided content is too large. Allowed max size: 4KB but actual size: 5KB");
    assertThatThrownBy(() -> MediaPolicy.checkText("ї".repeat(2049)))
        .isInstanceOf(KiteException.class);
  }

  @Test
  void fileTypesAndLimits() {
    assertThatNoException()
        .isThrownBy(() -> MediaPolicy.checkFile("application/pdf", 20 * 1024 * 1024));
    assertThatThrownBy(() -> MediaPolicy.checkFile("application/pdf", 20 * 1024 * 1024 + 1))
        .hasMessage(
            "The provided content is too large. Allowed max size: 20480KB but actual size: 20481KB");
    assertThatNoException().isThrownBy(() -> MediaPolicy.checkFile("image/jpeg", 5 * 1024 * 1024));
    assertThatThrownBy(() -> MediaPolicy.checkFile("text/html", 1))
        .hasMessage("Unsupported Media type text/html");
    for (String type :
        new String[] {
          "application/zip",
          "application/x-zip-compressed",
          "image/webp",
          "image/gif",
          "video/mp4",
          "image/png"
        }) {
      assertThatNoException().isThrownBy(() -> MediaPolicy.checkFile(type, 1));
    }
  }

  @Test
  void destinationPrefersTheLastActiveConnectorAndWebSeenNeverMovesBack() {
    Member m =
        Member.create("channel-1", "m", "M", false, Optional.of("h"), Connector.WS, "ws1")
            .withConnection(Connector.TG, "tg1");
    assertThat(m.destination()).contains(Map.entry(Connector.TG, "tg1"));
    assertThat(m.withLastActive(Connector.WS).destination())
        .contains(Map.entry(Connector.WS, "ws1"));
    assertThat(m.withoutConnection(Connector.TG).destination())
        .contains(Map.entry(Connector.WS, "ws1"));
    Instant later = Instant.parse("2026-11-28T10:00:00Z");
    assertThat(m.seenOnWeb(later).seenOnWeb(later.minusSeconds(5)).webSeen()).contains(later);
    assertThat(TelegramIds.decode(TelegramIds.encode(-1001234567890L))).isEqualTo(-1001234567890L);
  }
}
