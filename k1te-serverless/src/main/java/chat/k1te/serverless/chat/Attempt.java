package chat.k1te.serverless.chat;

import chat.k1te.serverless.store.UpdateLog;
import java.util.Optional;

/**
 * One attempt of an operation that its sender retries (a Telegram update, a visitor's message):
 * knows what an earlier attempt delivered, and records this attempt's delivery in the {@link
 * UpdateLog} as soon as it happened.
 */
public final class Attempt {
  private final Optional<UpdateLog> log;
  private final String key;
  private final Optional<String> earlier;
  private volatile boolean delivered;

  private Attempt(Optional<UpdateLog> log, String key, Optional<String> earlier) {
    this.log = log;
    this.key = key;
    this.earlier = earlier;
    this.delivered = earlier.isPresent();
  }

  /** The first attempt that holds the claim of {@code key}. */
  public static Attempt claimed(UpdateLog log, String key) {
    return new Attempt(Optional.of(log), key, Optional.empty());
  }

  /** An attempt after one that delivered to {@code destinationId}. */
  public static Attempt after(UpdateLog log, String key, String destinationId) {
    return new Attempt(Optional.of(log), key, Optional.of(destinationId));
  }

  /** An operation nobody retries. */
  public static Attempt untracked() {
    return new Attempt(Optional.empty(), "", Optional.empty());
  }

  /** The destination id an earlier attempt delivered to: deliver nothing again. */
  public Optional<String> earlierDelivery() {
    return earlier;
  }

  /** True once something visible happened (in this or an earlier attempt). */
  public boolean delivered() {
    return delivered;
  }

  /** Records that the message went out; from now on the operation must not fail. */
  public void recordDelivery(String destinationId) {
    delivered = true;
    log.ifPresent(
        l ->
            Bookkeeping.quietly(
                "record delivery of " + key, () -> l.delivered(key, destinationId)));
  }
}
