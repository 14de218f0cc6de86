package chat.k1te.serverless.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.k1te.serverless.support.TelegramStub;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Bot API client against a stub speaking Telegram's protocol, including answers it never gives.
 */
class TelegramClientTest {
  static final String TOKEN = "123:secret-token";
  static TelegramStub stub;
  static TelegramClient client;

  @BeforeAll
  static void start() {
    stub = new TelegramStub(TOKEN);
    client = new TelegramClient(TelegramClient.defaultHttpClient(), stub.baseUrl(), TOKEN);
  }

  @AfterAll
  static void stop() {
    stub.close();
  }

  @BeforeEach
  void reset() {
    stub.clear();
  }

  @Test
  void anAnswerOfNormalSizeIsRead() {
    assertThat(client.sendMessage(-100L, "hi", Optional.empty())).isPositive();
    stub.addFile("small", new byte[] {1, 2, 3});
    assertThat(client.download(client.filePath("small"))).containsExactly(1, 2, 3);
  }

  @Test
  void anOversizeAnswerIsRefusedWithoutBufferingIt() {
    byte[] huge = new byte[TelegramClient.MAX_ANSWER_BYTES + 1024];
    Arrays.fill(huge, (byte) ' ');
    huge[0] = '{';
    huge[huge.length - 1] = '}';
    stub.answerRaw("getMe", huge);
    assertThatThrownBy(client::botUsername)
        .isInstanceOf(TelegramApiException.class)
        .hasMessageContaining("getMe answer is larger than " + TelegramClient.MAX_ANSWER_BYTES)
        .hasMessageNotContaining(TOKEN);
  }

  @Test
  void aDownloadLargerThanTelegramServesIsRefused() {
    stub.addFile("huge", new byte[TelegramClient.MAX_FILE_BYTES + 1]);
    String path = client.filePath("huge");
    assertThatThrownBy(() -> client.download(path))
        .isInstanceOf(TelegramApiException.class)
        .hasMessageContaining("file download is larger than " + TelegramClient.MAX_FILE_BYTES);
  }
}
