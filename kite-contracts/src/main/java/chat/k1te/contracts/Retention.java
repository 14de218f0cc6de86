package chat.k1te.contracts;

/**
 * How long chat data lives. Files in the stage bucket must outlive every history item that links to
 * them: a history item lives {@link #HISTORY_DAYS} from when it was written, and it is written at
 * most a day after its file was uploaded (a BIN naming an older upload is refused).
 */
public final class Retention {
  private Retention() {}

  /** Message history per client (DynamoDB TTL). */
  public static final int HISTORY_DAYS = 92;

  /** The newest a BIN may name an upload: dated today or yesterday (UTC). */
  public static final int UPLOAD_TO_MESSAGE_DAYS = 1;

  /** Objects in the stage bucket (S3 lifecycle), with a day for the lifecycle's rounding. */
  public static final int FILE_DAYS = HISTORY_DAYS + UPLOAD_TO_MESSAGE_DAYS + 1;
}
