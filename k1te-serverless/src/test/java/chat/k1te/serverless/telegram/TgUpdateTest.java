package chat.k1te.serverless.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.json.JsonObject;
import org.junit.jupiter.api.Test;

class TgUpdateTest {
  static TgUpdate parse(String json) throws Exception {
    return TgUpdate.parse(new JsonObject(Json.parseObject(json)));
  }

  @Test
  void commandsAreLowerCasedWithoutTheBotSuffix() throws Exception {
    TgUpdate u =
        parse(
            "{\"update_id\":1,\"message\":{\"message_id\":2,\"chat\":{\"id\":-5,\"type\":\"group\",\"title\":\"G\"},"
                + "\"text\":\"/Host@kite_bot  my-channel \",\"entities\":[{\"type\":\"bot_command\",\"offset\":0,\"length\":14}]}}");
    assertThat(u.message().orElseThrow().command()).contains("/host");
    assertThat(u.message().orElseThrow().commandArgument()).isEqualTo("my-channel");
    TgUpdate text =
        parse(
            "{\"update_id\":1,\"message\":{\"message_id\":2,\"chat\":{\"id\":5,\"type\":\"private\"},\"text\":\"hi /host\"}}");
    assertThat(text.message().orElseThrow().command()).isEmpty();
  }

  @Test
  void hashtagsComeFromTextOrCaptionAndPhotosPickTheLargest() throws Exception {
    TgUpdate u =
        parse(
            "{\"update_id\":1,\"edited_message\":{\"message_id\":2,\"chat\":{\"id\":5,\"type\":\"private\"},"
                + "\"caption\":\"😀 #Abc123 Ann\",\"caption_entities\":[{\"type\":\"hashtag\",\"offset\":3,\"length\":7}],"
                + "\"photo\":[{\"file_id\":\"small\",\"width\":90,\"height\":90},{\"file_id\":\"big\",\"width\":900,\"height\":900,\"file_size\":77}]}}");
    assertThat(u.message()).as("an edit is not a new message").isEmpty();
    TgUpdate.TgMessage m = u.edited().orElseThrow();
    assertThat(m.firstHashtag()).contains("Abc123");
    assertThat(m.photo().orElseThrow().fileId()).isEqualTo("big");
    assertThat(m.photo().orElseThrow().size()).isEqualTo(77);
  }

  @Test
  void entitiesOutsideTheTextOrEmptyHashtagsYieldNoHashtag() throws Exception {
    TgUpdate u =
        parse(
            "{\"update_id\":1,\"message\":{\"message_id\":2,\"chat\":{\"id\":5,\"type\":\"private\"},"
                + "\"text\":\"# hi\",\"entities\":[{\"type\":\"hashtag\",\"offset\":-3,\"length\":5},"
                + "{\"type\":\"hashtag\",\"offset\":0,\"length\":1}],"
                + "\"caption\":\"#Abc\",\"caption_entities\":[{\"type\":\"hashtag\",\"offset\":0,\"length\":4}]}}");
    assertThat(u.message().orElseThrow().firstHashtag()).contains("Abc");
    TgUpdate none =
        parse(
            "{\"update_id\":1,\"message\":{\"message_id\":2,\"chat\":{\"id\":5,\"type\":\"private\"},"
                + "\"text\":\"hi\",\"entities\":[{\"type\":\"hashtag\",\"offset\":-1,\"length\":2}]}}");
    assertThat(none.message().orElseThrow().firstHashtag()).isEmpty();
  }

  @Test
  void myChatMemberAndServiceMessages() throws Exception {
    TgUpdate u =
        parse(
            "{\"update_id\":3,\"my_chat_member\":{\"chat\":{\"id\":-7,\"type\":\"supergroup\"},"
                + "\"old_chat_member\":{\"status\":\"administrator\"},\"new_chat_member\":{\"status\":\"kicked\"}}}");
    assertThat(u.myChatMember().orElseThrow().newStatus()).isEqualTo("kicked");
    TgUpdate pin =
        parse(
            "{\"update_id\":4,\"message\":{\"message_id\":9,\"chat\":{\"id\":-7,\"type\":\"supergroup\"},\"pinned_message\":{\"message_id\":8}}}");
    assertThat(pin.message().orElseThrow().pinService()).isTrue();
  }
}
