package chat.k1te.local;

import chat.k1te.contracts.LambdaEnvironment;
import chat.k1te.local.engine.S3Engine;
import chat.k1te.local.http.Handshake;
import chat.k1te.local.http.HttpHandler;
import chat.k1te.local.http.HttpResponse;
import chat.k1te.local.http.LocalHttpServer;
import chat.k1te.local.http.WebSocketAcceptor;
import chat.k1te.serverless.domain.RandomText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The port is bound first (the handlers' environment needs it); requests get 503 until {@link
 * #serve} installs the real routes. Also builds the Lambda environment and the secrets.
 */
final class RuntimeWiring implements AutoCloseable {
  /** A token in Telegram's format; the stand-in accepts only this one. Not a secret. */
  static final String STAND_IN_BOT_TOKEN = "7000000001:AAkiteLocalStandInBotTokenNotSecret0";

  static final String STAND_IN_BOT_USERNAME = "kite_local_bot";
  private static final String TELEGRAM_API = "https://api.telegram.org";

  private final LocalRuntimeOptions options;
  private final String secretToken = RandomText.of(32, RandomText.SECRET_TOKEN);
  private volatile HttpHandler http = r -> HttpResponse.text(503, "Kite local runtime is starting");
  private volatile WebSocketAcceptor webSockets =
      r -> new Handshake.Refused(HttpResponse.text(503, "Kite local runtime is starting"));
  private final LocalHttpServer server;
  private Engines engines;

  private RuntimeWiring(LocalRuntimeOptions options) throws IOException {
    this.options = options;
    this.server =
        LocalHttpServer.start(options.port(), r -> http.handle(r), r -> webSockets.accept(r));
  }

  static RuntimeWiring bind(LocalRuntimeOptions options) {
    try {
      return new RuntimeWiring(options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void engines(Engines value) {
    this.engines = value;
  }

  void serve(HttpHandler httpHandler, WebSocketAcceptor acceptor) {
    this.webSockets = acceptor;
    this.http = httpHandler;
  }

  LocalHttpServer server() {
    return server;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  String webhookUrl() {
    return baseUrl() + "/" + options.stage() + "/tg";
  }

  String secretToken() {
    return secretToken;
  }

  String botToken() {
    return options.telegramToken().orElse(STAND_IN_BOT_TOKEN);
  }

  /** The Lambda environment: what infra sets when deployed, pointed at this machine. */
  Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put(LambdaEnvironment.STAGE, options.stage());
    env.put(LambdaEnvironment.WS_API_EXECUTION_ENDPOINT, baseUrl() + "/" + options.stage());
    env.put(
        LambdaEnvironment.WS_API_PUBLIC_URL,
        "ws://127.0.0.1:" + server.port() + "/" + options.stage());
    env.put(LambdaEnvironment.TELEGRAM_WEBHOOK_ENDPOINT, webhookUrl());
    env.put(LambdaEnvironment.BUCKET_NAME, LocalRuntime.BUCKET);
    env.put(LambdaEnvironment.TELEGRAM_BOT_TOKEN, botToken());
    env.put(LambdaEnvironment.TELEGRAM_SECRET_TOKEN, secretToken);
    env.put(
        LambdaEnvironment.TELEGRAM_API_BASE_URL,
        options.telegramToken().isPresent() ? TELEGRAM_API : baseUrl() + "/telegram");
    env.put(LambdaEnvironment.DYNAMODB_ENDPOINT, engines.dynalite().endpoint().toString());
    env.put(LambdaEnvironment.S3_ENDPOINT, engines.s3().endpoint().toString());
    env.put(LambdaEnvironment.AWS_REGION, Engines.REGION);
    env.put("AWS_ACCESS_KEY_ID", S3Engine.ACCESS_KEY);
    env.put("AWS_SECRET_ACCESS_KEY", S3Engine.SECRET_KEY);
    return Map.copyOf(env);
  }

  /** Releases what was started so far (used when start-up fails). */
  @Override
  public void close() {
    server.close();
    if (engines != null) {
      engines.close();
    }
  }
}
