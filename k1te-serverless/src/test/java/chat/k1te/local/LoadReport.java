package chat.k1te.local;

import java.util.List;

/** What a {@link LoadRun} counted; every count but the timings must be 0. */
record LoadReport(
    int visitors,
    int messages,
    int errAnswers,
    int lost,
    int duplicated,
    int reordered,
    int errButDelivered,
    int repliesLost,
    int repliesDuplicated,
    int crossDelivered,
    int webhookNon2xx,
    int webhook5xxButDelivered,
    long ackP50Micros,
    long ackP99Micros,
    double messagesPerSecond,
    List<String> sampleErrors,
    LoadProfile profile) {

  int problems() {
    return errAnswers
        + lost
        + duplicated
        + reordered
        + errButDelivered
        + repliesLost
        + repliesDuplicated
        + crossDelivered
        + webhookNon2xx
        + webhook5xxButDelivered;
  }

  String summary() {
    return String.format(
            "%d visitors × %d messages: ERR %d, lost %d, duplicated %d, reordered %d,"
                + " ERR-but-delivered %d; replies lost %d, duplicated %d, cross-delivered %d;"
                + " webhook non-2xx %d, webhook-5xx-but-delivered %d;"
                + " ACK p50 %.1f ms, p99 %.1f ms; %.0f msg/s%s",
            visitors,
            messages,
            errAnswers,
            lost,
            duplicated,
            reordered,
            errButDelivered,
            repliesLost,
            repliesDuplicated,
            crossDelivered,
            webhookNon2xx,
            webhook5xxButDelivered,
            ackP50Micros / 1000.0,
            ackP99Micros / 1000.0,
            messagesPerSecond,
            sampleErrors.isEmpty() ? "" : "; e.g. " + sampleErrors)
        + System.lineSeparator()
        + profile.summary();
  }
}
