package chat.k1te.serverless;

import chat.k1te.serverless.apigw.ApiEvent;
import chat.k1te.serverless.apigw.ApiResponse;
import chat.k1te.serverless.apigw.UnknownEventException;
import chat.k1te.serverless.config.DispatcherConfig;
import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.json.JsonException;
import chat.k1te.serverless.json.JsonObject;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * The chat Lambda: takes a raw API Gateway v2 event (WebSocket or the HTTP {@code POST /tg}
 * webhook) and writes the API Gateway response. An event of another shape fails the invocation with
 * a message saying what was expected.
 */
public final class RequestDispatcher implements RequestStreamHandler {
  private final DispatcherConfig config;

  public RequestDispatcher() {
    this(System.getenv());
  }

  public RequestDispatcher(Map<String, String> environment) {
    this(DispatcherConfig.from(environment));
  }

  RequestDispatcher(DispatcherConfig config) {
    this.config = config;
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context)
      throws IOException {
    ApiEvent event;
    try {
      event = ApiEvent.parse(new JsonObject(Json.parseObject(input)));
    } catch (JsonException | UnknownEventException e) {
      throw new IllegalArgumentException("request dispatcher: " + e.getMessage());
    }
    ApiResponse response = ApiResponse.text(501, "not implemented yet: " + event.getClass());
    Json.write(response.toJson(), output);
  }
}
