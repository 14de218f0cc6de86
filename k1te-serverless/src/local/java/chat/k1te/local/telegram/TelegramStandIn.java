package chat.k1te.local.telegram;

import chat.k1te.local.LocalLog;
import chat.k1te.local.http.HttpRequest;
import chat.k1te.local.http.HttpResponse;
import chat.k1te.local.profile.WorkMeter;
import chat.k1te.local.web.StaticResources;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Telegram Bot API stand-in under {@code /telegram}: the Bot API ({@code
 * /telegram/bot<token>/<method>}, files at {@code /telegram/file/bot<token>/<path>}), the control
 * API for tests and the operator page ({@code /telegram/}).
 */
public final class TelegramStandIn implements AutoCloseable {
  public static final String PREFIX = "/telegram";
  private static final Pattern BOT_METHOD = Pattern.compile("/telegram/bot([^/]+)/([A-Za-z]+)");
  private static final Pattern BOT_FILE = Pattern.compile("/telegram/file/bot([^/]+)/(.+)");
  private static final Pattern CHAT = Pattern.compile("/telegram/chats/(-?\\d+)/(messages|files)");
  private static final Pattern FILE = Pattern.compile("/telegram/files/([^/]+)");
  private static final Pattern MESSAGE =
      Pattern.compile("/telegram/chats/(-?\\d+)/messages/(\\d+)");

  private final String token;
  private final TgUser bot;
  private final TelegramStore store = new TelegramStore();
  private final AtomicReference<Optional<WebhookConfig>> webhook =
      new AtomicReference<>(Optional.empty());
  private final BotMethods methods;
  private final WebhookDelivery delivery;
  private final ControlApi control;
  private final WorkMeter botRequests = new WorkMeter();

  public TelegramStandIn(String token, String botUsername) {
    this.token = token;
    this.bot =
        new TgUser(
            Long.parseLong(token.substring(0, token.indexOf(':'))),
            true,
            "Kite (local)",
            botUsername);
    this.delivery = new WebhookDelivery(store, webhook, this::executeReply);
    this.methods =
        new BotMethods(store, bot, webhook, m -> delivery.deliver("message", methods().json(m)));
    this.control = new ControlApi(store, methods, delivery, bot);
  }

  private BotMethods methods() {
    return methods;
  }

  /** Registers the webhook, as the lifecycle Lambda's {@code setWebhook} does when deployed. */
  public void setWebhook(String url, String secretToken, List<String> allowedUpdates) {
    webhook.set(Optional.of(new WebhookConfig(url, secretToken, allowedUpdates)));
  }

  /**
   * Delivers the latest update again, as Telegram does when it missed the webhook's answer; returns
   * the webhook's status (0 when there was none).
   */
  public int redeliverLatestUpdate() throws Exception {
    Optional<Long> latest = delivery.lastUpdateId();
    return latest.isEmpty() ? 0 : delivery.redeliver(latest.get()).get(60, TimeUnit.SECONDS);
  }

  public Optional<WebhookConfig> webhook() {
    return webhook.get();
  }

  public TelegramStore store() {
    return store;
  }

  /** Bot API requests served so far (the handlers' calls) with their wall and CPU time. */
  public WorkMeter.Reading botRequests() {
    return botRequests.reading();
  }

  public boolean matches(HttpRequest request) {
    return request.path().equals(PREFIX) || request.path().startsWith(PREFIX + "/");
  }

  public HttpResponse handle(HttpRequest request) throws Exception {
    String path = request.path();
    if (path.equals(PREFIX)) {
      return new HttpResponse(302, Map.of("Location", PREFIX + "/"), new byte[0]);
    }
    if (path.equals(PREFIX + "/")) {
      return StaticResources.serve("telegram/index.html");
    }
    Matcher m;
    try {
      if ((m = BOT_METHOD.matcher(path)).matches()) {
        String requestToken = m.group(1);
        String method = m.group(2);
        return botRequests.measure(() -> botMethod(requestToken, method, request));
      }
      if ((m = BOT_FILE.matcher(path)).matches()) {
        return botFile(m.group(1), m.group(2));
      }
      if ((m = CHAT.matcher(path)).matches()) {
        long chatId = Long.parseLong(m.group(1));
        boolean post = request.method().equals("POST");
        if (m.group(2).equals("files")) {
          return post ? control.postFile(chatId, request) : ControlApi.error(405, "use POST");
        }
        return post
            ? control.postMessage(chatId, request)
            : control.messages(chatId, request.queryParameters().containsKey("all"));
      }
      if ((m = MESSAGE.matcher(path)).matches()) {
        return request.method().equals("POST")
            ? control.editMessage(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), request)
            : ControlApi.error(405, "use POST to edit a message");
      }
      if (path.equals(PREFIX + "/chats")) {
        return control.chats();
      }
      if ((m = FILE.matcher(path)).matches()) {
        return control.file(HttpRequest.decodePathSegment(m.group(1)));
      }
    } catch (BotApiException e) {
      return ControlApi.error(e.code(), e.getMessage());
    } catch (IllegalArgumentException e) {
      return ControlApi.error(400, e.getMessage());
    }
    return StaticResources.serve("telegram/" + path.substring(PREFIX.length() + 1));
  }

  private HttpResponse botMethod(String requestToken, String method, HttpRequest request) {
    if (!token.equals(requestToken)) {
      return ControlApi.error(401, "Unauthorized");
    }
    try {
      Object result = methods.call(method, BotParams.from(request));
      return HttpResponse.json(200, Map.of("ok", true, "result", result));
    } catch (BotApiException e) {
      LocalLog.info("telegram", method + " → " + e.code() + " " + e.getMessage());
      return ControlApi.error(e.code(), e.getMessage());
    } catch (IllegalArgumentException e) {
      return ControlApi.error(400, "Bad Request: " + e.getMessage());
    }
  }

  private HttpResponse botFile(String requestToken, String filePath) {
    if (!token.equals(requestToken)) {
      return ControlApi.error(401, "Unauthorized");
    }
    return store
        .fileByPath(filePath)
        .map(f -> HttpResponse.of(200, f.mimeType(), f.content()))
        .orElse(ControlApi.error(404, "Not Found"));
  }

  private void executeReply(String method, Map<String, Object> params) {
    try {
      methods.call(method, BotParams.of(params));
    } catch (BotApiException | IllegalArgumentException e) {
      LocalLog.info("telegram", "webhook reply " + method + " failed: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    delivery.close();
  }
}
