package chat.k1te.e2e.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Polls a chat until a message matches, within a deadline (no fixed sleeps in the tests). */
public final class Awaiting {
  private static final Duration POLL = Duration.ofMillis(100);

  private Awaiting() {}

  public static TgMessage until(
      Supplier<List<TgMessage>> messages,
      Predicate<TgMessage> condition,
      String description,
      Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    List<TgMessage> seen = List.of();
    while (true) {
      seen = messages.get();
      for (TgMessage message : seen) {
        if (condition.test(message)) {
          return message;
        }
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "Timed out after "
                + timeout.toMillis()
                + " ms waiting for "
                + description
                + "; the chat showed:\n  "
                + seen.stream().map(TgMessage::toString).collect(Collectors.joining("\n  ")));
      }
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }
}
