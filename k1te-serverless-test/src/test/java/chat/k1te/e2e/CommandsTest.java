package chat.k1te.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.e2e.support.E2eTest;
import chat.k1te.e2e.support.Kite;
import chat.k1te.e2e.support.Suites;
import chat.k1te.e2e.telegram.TelegramChat;
import chat.k1te.e2e.telegram.TgMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The bot's commands in Telegram and their answers, successes and errors. */
@E2eTest
@Tag(Suites.COMMANDS)
class CommandsTest {

  @Test
  void helpListsTheCommandsAndTheNameRule(Kite kite) {
    TelegramChat chat = kite.memberChat();
    TgMessage help = chat.awaitBotReply(chat.sendCommand("/help"), "/host");
    assertThat(help.text()).contains("/join", "/leave", "/drop", "/info");
  }

  @Test
  void startWithoutArgumentsShowsTheHelp(Kite kite) {
    TelegramChat chat = kite.memberChat();
    TgMessage help = chat.awaitBotReply(chat.sendCommand("/start"), "/host");
    assertThat(help.text()).contains("/join");
  }

  @Test
  void hostAnswersWithTheWidgetConfiguration(Kite kite) {
    TelegramChat chat = kite.hostChat();
    String channel = kite.newChannel();
    kite.afterwards(chat, "/drop");
    TgMessage created = chat.awaitBotReply(chat.sendCommand("/host", channel), "Created channel");
    assertThat(created.text()).contains("✅ Created channel " + channel, "c=" + channel);
  }

  @Test
  void hostingANameTakenByAnotherChatIsRefused(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    TelegramChat other = kite.memberChat();
    kite.afterwards(other, "/drop");
    other.awaitBotReply(
        other.sendCommand("/host", hosted.channel()), "Channel name is already taken");
  }

  @Test
  void hostingASecondChannelIsRefused(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    TelegramChat host = hosted.chat();
    host.awaitBotReply(
        host.sendCommand("/host", kite.newChannel()), "You cannot host more than one channel");
  }

  @Test
  void invalidChannelNamesAreRefusedNamingTheRule(Kite kite) {
    TelegramChat chat = kite.hostChat();
    kite.afterwards(chat, "/drop");
    chat.awaitBotReply(chat.sendCommand("/host", "short"), "Invalid channel name");
    chat.awaitBotReply(chat.sendCommand("/host", "bad!name%chars"), "Invalid channel name");
  }

  @Test
  void joiningAnUnknownChannelIsRefused(Kite kite) {
    TelegramChat chat = kite.memberChat();
    chat.awaitBotReply(chat.sendCommand("/join", kite.newChannel()), "Channel not found");
  }

  @Test
  void joinAndLeaveAreAnnouncedToTheHost(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    TelegramChat host = hosted.chat();
    TelegramChat member = kite.memberChat();

    member.awaitBotReply(
        member.sendCommand("/join", hosted.channel()), "✅ You joined channel " + hosted.channel());
    host.awaitBotMessage(member.userName() + " joined channel " + hosted.channel());

    member.awaitBotReply(member.sendCommand("/leave"), "✅ You left channel " + hosted.channel());
    host.awaitBotMessage(member.userName() + " left channel " + hosted.channel());
  }

  @Test
  void hostCannotLeaveOnlyDrop(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    TelegramChat host = hosted.chat();
    host.awaitBotReply(host.sendCommand("/leave"), "Host member cannot leave channel");
  }

  @Test
  void leavingOrDroppingWithoutAChannelIsAnError(Kite kite) {
    TelegramChat chat = kite.memberChat();
    chat.awaitBotReply(chat.sendCommand("/leave"), "⛔ You are not a member of any channel");
    chat.awaitBotReply(chat.sendCommand("/drop"), "⛔ You don't host any channels to drop");
  }

  @Test
  void dropRemovesTheChannel(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    TelegramChat host = hosted.chat();
    host.awaitBotReply(host.sendCommand("/drop"), "✅ You dropped channel " + hosted.channel());

    TelegramChat member = kite.memberChat();
    member.awaitBotReply(member.sendCommand("/join", hosted.channel()), "Channel not found");
  }

  @Test
  void onlyTheHostMayDrop(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    TelegramChat member = kite.join(kite.memberChat(), hosted.channel());
    member.awaitBotReply(member.sendCommand("/drop"), "Only host member can drop its channel");
  }

  @Test
  void infoWithoutChannelsSuggestsJoining(Kite kite) {
    TelegramChat chat = kite.memberChat();
    chat.awaitBotReply(chat.sendCommand("/info"), "You don't have any channels at the moment");
  }

  @Test
  void infoTellsTheHostItsChannelEvenWithUnderscores(Kite kite) {
    TelegramChat host = kite.hostChat();
    String channel = "e2e_info_" + Kite.random(8);
    kite.afterwards(host, "/drop");
    host.awaitBotReply(host.sendCommand("/host", channel), "Created channel " + channel);
    host.awaitBotReply(host.sendCommand("/info"), "You are a Host of the " + channel);
  }

  @Test
  void infoTellsAMemberItsChannel(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    TelegramChat member = kite.join(kite.memberChat(), hosted.channel());
    member.awaitBotReply(
        member.sendCommand("/info"), "You are a Member of the " + hosted.channel());
  }

  @Test
  void unknownCommandIsNamed(Kite kite) {
    TelegramChat chat = kite.memberChat();
    chat.awaitBotReply(chat.sendCommand("/fly"), "⛔ Unsupported command /fly");
  }

  @Test
  void deepLinkHostCreatesTheChannel(Kite kite) {
    TelegramChat chat = kite.hostChat();
    String channel = kite.newChannel();
    kite.afterwards(chat, "/drop");
    chat.awaitBotReply(
        chat.sendCommand("/start", "host__" + channel), "Created channel " + channel);
  }

  @Test
  void deepLinkJoinAndPlainStartJoinTheChannel(Kite kite) {
    Kite.Hosted hosted = kite.hostChannel();
    TelegramChat member = kite.memberChat();
    kite.afterwards(member, "/leave");
    member.awaitBotReply(
        member.sendCommand("/start", "join__" + hosted.channel()),
        "You joined channel " + hosted.channel());

    TelegramChat another = kite.memberChat();
    kite.afterwards(another, "/leave");
    another.awaitBotReply(
        another.sendCommand("/start", hosted.channel()), "You joined channel " + hosted.channel());
  }

  @Test
  void deepLinkWithAnUnknownPrefixIsNamed(Kite kite) {
    TelegramChat chat = kite.memberChat();
    chat.awaitBotReply(chat.sendCommand("/start", "fly__somewhere"), "Unsupported subCommand fly");
  }
}
