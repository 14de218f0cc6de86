package chat.k1te.serverless;

import chat.k1te.contracts.KiteFunction;
import chat.k1te.serverless.apigw.ApiEvent;
import chat.k1te.serverless.apigw.ApiResponse;
import chat.k1te.serverless.apigw.UnknownEventException;
import chat.k1te.serverless.chat.KiteBackend;
import chat.k1te.serverless.config.DispatcherConfig;
import chat.k1te.serverless.domain.KiteException;
import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.json.JsonException;
import chat.k1te.serverless.json.JsonObject;
import chat.k1te.serverless.log.Invocation;
import chat.k1te.serverless.log.Log;
import chat.k1te.serverless.protocol.Payload;
import chat.k1te.serverless.protocol.PayloadCodec;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;

/**
 * The chat Lambda: takes a raw API Gateway v2 event (WebSocket {@code $connect}, {@code
 * $disconnect}, messages, or the HTTP {@code POST /tg} webhook) and writes the API Gateway
 * response. An event of another shape fails the invocation with a message saying what was expected.
 */
public final class RequestDispatcher implements RequestStreamHandler {
  private final KiteBackend backend;

  public RequestDispatcher() {
    this(System.getenv());
  }

  public RequestDispatcher(Map<String, String> environment) {
    this(KiteBackend.create(DispatcherConfig.from(environment)));
  }

  RequestDispatcher(KiteBackend backend) {
    this.backend = backend;
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    try (Invocation invocation =
        Log.begin(KiteFunction.REQUEST_DISPATCHER.suffix(), requestId(context))) {
      ApiEvent event;
      try {
        event = ApiEvent.parse(new JsonObject(Json.parseObject(input)));
      } catch (JsonException | UnknownEventException e) {
        IllegalArgumentException refused =
            new IllegalArgumentException("request dispatcher: " + e.getMessage());
        invocation.failed(refused);
        throw refused;
      }
      ApiResponse response;
      try {
        response = dispatch(event);
      } catch (RuntimeException e) {
        invocation.failed(e);
        throw e;
      }
      Json.write(response.toJson(), output);
    }
  }

  static String requestId(Context context) {
    return context == null ? null : context.getAwsRequestId();
  }

  ApiResponse dispatch(ApiEvent event) {
    if (event instanceof ApiEvent.WebSocket ws) {
      return webSocket(ws);
    }
    ApiEvent.Http http = (ApiEvent.Http) event;
    Log.annotate("route", http.method() + " " + http.path());
    if ("POST".equalsIgnoreCase(http.method()) && http.path().endsWith("/tg")) {
      ApiResponse response = backend.webhook().handle(http);
      Log.outcome("status:" + response.statusCode());
      return response;
    }
    Log.outcome("status:404");
    return ApiResponse.json(
        404, Json.write(Map.of("error", "no route " + http.method() + " " + http.path())));
  }

  private ApiResponse webSocket(ApiEvent.WebSocket ws) {
    Log.annotate("route", ws.type().name());
    try {
      switch (ws.type()) {
        case CONNECT:
          backend.webSocket().connect(ws.connectionId(), ws.query());
          return ApiResponse.webSocket(200, Optional.empty());
        case DISCONNECT:
          backend.webSocket().disconnect(ws.connectionId());
          return ApiResponse.webSocket(200, Optional.empty());
        default:
          Optional<Payload> reply =
              backend.webSocket().onFrame(ws.connectionId(), ws.body().orElse(""));
          reply
              .filter(Payload.Err.class::isInstance)
              .map(Payload.Err.class::cast)
              .ifPresent(err -> Log.outcome("err:" + err.code()));
          return ApiResponse.webSocket(200, reply.map(PayloadCodec::encode));
      }
    } catch (KiteException e) {
      int status = ws.type() == ApiEvent.WsEventType.MESSAGE ? 200 : refusal(e.code());
      Log.outcome("refused:" + e.code());
      return ApiResponse.webSocket(
          status, Optional.of(PayloadCodec.encode(new Payload.Err(e.getMessage(), e.code()))));
    } catch (RuntimeException e) {
      Log.failed("request dispatcher: " + ws.type() + " failed", e);
      int status = ws.type() == ApiEvent.WsEventType.MESSAGE ? 200 : 500;
      return ApiResponse.webSocket(
          status,
          Optional.of(
              PayloadCodec.encode(
                  new Payload.Err("Internal error: " + e.getClass().getSimpleName(), 500))));
    }
  }

  /** $connect refusals: 400 bad input, 404 missing channel or member, 500 anything else. */
  private static int refusal(int code) {
    return code == 400 || code == 404 ? code : 500;
  }
}
