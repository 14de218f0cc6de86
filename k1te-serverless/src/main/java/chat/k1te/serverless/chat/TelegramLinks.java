package chat.k1te.serverless.chat;

import chat.k1te.serverless.domain.BotText;
import chat.k1te.serverless.domain.KiteException;
import chat.k1te.serverless.domain.Member;
import chat.k1te.serverless.domain.MemberRef;
import chat.k1te.serverless.store.TelegramLinkStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Deep links that move a web visitor to Telegram ({@code /start join__<channel>__<token>}). The
 * token is issued to the visitor's own socket, is random, used once and short-lived: a member id
 * (let alone the host's chat id) in a link proves nothing, a token proves the sender held the
 * session. 22 characters of 62 (131 bits) keep {@code join__} + a 32-character channel + the token
 * within Telegram's 64-character start parameter.
 */
public final class TelegramLinks {
  public static final Duration VALIDITY = Duration.ofMinutes(10);
  static final int TOKEN_LENGTH = 22;
  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]{" + TOKEN_LENGTH + "}");

  /** A link for one member: the {@code start} parameter, the t.me URL and when it expires. */
  public record Link(String startParameter, String url, Instant expires) {}

  private final TelegramLinkStore store;
  private final Supplier<String> botUsername;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public TelegramLinks(TelegramLinkStore store, Supplier<String> botUsername, Clock clock) {
    this.store = store;
    this.botUsername = botUsername;
    this.clock = clock;
  }

  public Link issue(Member member) {
    if (member.host()) {
      throw KiteException.badRequest(BotText.HOST_CANNOT_BE_MOVED);
    }
    char[] token = new char[TOKEN_LENGTH];
    for (int i = 0; i < token.length; i++) {
      token[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    Instant expires = clock.instant().plus(VALIDITY);
    store.put(new String(token), member.ref(), expires);
    String start = "join__" + member.channelName() + "__" + new String(token);
    return new Link(start, "https://t.me/" + botUsername.get() + "?start=" + start, expires);
  }

  /** The member a token of this channel stands for; the token is spent whatever the outcome. */
  public MemberRef redeem(String channel, String token) {
    if (!TOKEN.matcher(token).matches()) {
      throw KiteException.badRequest(BotText.LINK_NOT_FROM_WIDGET);
    }
    return store
        .redeem(token)
        .filter(ref -> ref.channelName().equals(channel))
        .orElseThrow(() -> KiteException.notFound(BotText.LINK_EXPIRED));
  }
}
