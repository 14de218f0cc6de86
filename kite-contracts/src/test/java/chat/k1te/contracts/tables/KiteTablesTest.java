package chat.k1te.contracts.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KiteTablesTest {

  @Test
  void tableNamesArePrefixedByStage() {
    assertThat(KiteTables.ALL)
        .extracting(t -> t.tableName("dev"))
        .containsExactly(
            "dev.Channels",
            "dev.Members",
            "dev.Connections",
            "dev.Messages",
            "dev.Updates",
            "dev.TelegramLinks");
  }

  @Test
  void messagesIndexAddsItsRangeKeyToTheKeyAttributes() {
    assertThat(KiteTables.MESSAGES.keyAttributes())
        .extracting(KeyAttribute::name)
        .containsExactly("id", "messageId", "time");
  }

  @Test
  void aBadStageIsRefusedWithTheValueInTheMessage() {
    assertThatThrownBy(() -> KiteTables.CHANNELS.tableName("Dev Stage"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Dev Stage'");
  }
}
