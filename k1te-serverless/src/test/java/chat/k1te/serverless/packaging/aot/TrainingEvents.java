package chat.k1te.serverless.packaging.aot;

import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.packaging.LambdaEvents;
import chat.k1te.serverless.runtime.RuntimeApiStub;
import chat.k1te.serverless.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the training run handles: the dispatcher's everyday events (connect, frames, a webhook
 * update with a command, disconnect), a few rounds each so that method profiles are recorded too.
 */
final class TrainingEvents {
  private static final int ROUNDS = 5;

  private TrainingEvents() {}

  /** Enqueues the events and returns their request ids. */
  static List<String> enqueue(RuntimeApiStub api) {
    List<String> ids = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      String connection = "train-" + round;
      add(api, ids, "connect-" + round, connect(connection));
      add(api, ids, "ping-" + round, LambdaEvents.webSocketMessage(connection, "[\"PING\"]"));
      add(
          api,
          ids,
          "text-" + round,
          LambdaEvents.webSocketMessage(connection, "[\"TXT\",\"hello\",\"t-" + round + "\"]"));
      add(api, ids, "webhook-" + round, webhook(round));
      add(
          api,
          ids,
          "disconnect-" + round,
          Fixtures.event("ws-disconnect.json", Map.of("CONNECTION_ID", connection)));
    }
    return ids;
  }

  private static void add(RuntimeApiStub api, List<String> ids, String id, String event) {
    api.enqueue(id, event);
    ids.add(id);
  }

  private static String connect(String connection) {
    return Fixtures.event(
        "ws-connect.json",
        Map.of("CONNECTION_ID", connection, "QUERY", Map.of("c", "training-channel")));
  }

  private static String webhook(int round) {
    Map<String, Object> chat = Map.of("id", -1001234567890L, "type", "supergroup", "title", "ops");
    Map<String, Object> message =
        Map.of(
            "message_id",
            10 + round,
            "date",
            1_795_858_800,
            "chat",
            chat,
            "from",
            Map.of("id", 42, "is_bot", false, "first_name", "Op", "language_code", "en"),
            "text",
            "/help",
            "entities",
            List.of(Map.of("type", "bot_command", "offset", 0, "length", 5)));
    return Fixtures.event(
        "http-webhook.json",
        Map.of(
            "HEADERS",
            Map.of("x-telegram-bot-api-secret-token", "local-secret"),
            "BODY",
            Json.write(Map.of("update_id", 900 + round, "message", message))));
  }
}
