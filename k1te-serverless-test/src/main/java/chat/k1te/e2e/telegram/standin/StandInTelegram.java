package chat.k1te.e2e.telegram.standin;

import chat.k1te.e2e.telegram.TelegramSide;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;

/**
 * The Telegram side of the local target: every chat is new, with fresh random ids, so tests share
 * nothing and run in any order.
 */
public final class StandInTelegram implements TelegramSide {
  private static final Duration PATIENCE = Duration.ofSeconds(10);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ControlApi api;

  public StandInTelegram(URI telegramUrl) {
    this.api = new ControlApi(telegramUrl);
  }

  /** A new supergroup (id -100…) with one operator in it. */
  @Override
  public StandInChat hostChat() {
    long suffix = 1_000_000_000L + RANDOM.nextInt(1_000_000_000);
    StandInUser operator = newUser("Operator");
    return new StandInChat(
        api, -1_000_000_000_000L - suffix, Optional.of("Support " + suffix), operator, PATIENCE);
  }

  /** A new private chat between a new Telegram user and the bot (chat id = user id). */
  @Override
  public StandInChat memberChat() {
    StandInUser member = newUser("Member");
    return new StandInChat(api, member.id(), Optional.empty(), member, PATIENCE);
  }

  private static StandInUser newUser(String role) {
    long id = 100_000_000L + RANDOM.nextInt(900_000_000);
    return new StandInUser(id, role + id % 100_000);
  }

  @Override
  public void close() {
    // nothing to release: chats live in the runtime
  }

  @Override
  public String toString() {
    return api.toString();
  }
}
