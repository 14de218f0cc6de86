package chat.k1te.serverless.chat;

import chat.k1te.serverless.log.Log;
import java.util.Map;

/**
 * Writes that follow a delivery. Once a message went out, the operation answers success: a failed
 * follow-up write is logged, never surfaced (an error would make the sender retry and the message
 * arrive twice).
 */
final class Bookkeeping {
  private Bookkeeping() {}

  static void quietly(String what, Runnable write) {
    try {
      write.run();
    } catch (RuntimeException e) {
      Log.warn("after delivery, " + what + " failed", e, Map.of());
    }
  }
}
