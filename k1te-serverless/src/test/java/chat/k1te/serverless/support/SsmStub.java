package chat.k1te.serverless.support;

import chat.k1te.serverless.json.Json;
import chat.k1te.serverless.json.JsonException;
import chat.k1te.serverless.json.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** SSM Parameter Store's JSON 1.1 protocol, {@code AmazonSSM.GetParameters} only. */
public final class SsmStub extends HttpStub {
  private final Map<String, String> parameters;
  private volatile boolean decryptionRequested;

  public SsmStub(Map<String, String> parameters) {
    this.parameters = Map.copyOf(parameters);
  }

  public boolean decryptionRequested() {
    return decryptionRequested;
  }

  @Override
  protected void handle(HttpExchange exchange, String body) throws IOException {
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    if (!"AmazonSSM.GetParameters".equals(target)) {
      respond(
          exchange,
          400,
          Map.of("Content-Type", "application/x-amz-json-1.1"),
          "{\"__type\":\"UnknownOperationException\"}");
      return;
    }
    JsonObject request;
    try {
      request = new JsonObject(Json.parseObject(body));
    } catch (JsonException e) {
      throw new IllegalStateException(e);
    }
    decryptionRequested = request.bool("WithDecryption");
    List<Object> found = new ArrayList<>();
    List<Object> invalid = new ArrayList<>();
    for (Object name : (List<?>) request.map().get("Names")) {
      String value = parameters.get((String) name);
      if (value == null) {
        invalid.add(name);
      } else {
        found.add(Map.of("Name", name, "Type", "SecureString", "Value", value, "Version", 1));
      }
    }
    respond(
        exchange,
        200,
        Map.of("Content-Type", "application/x-amz-json-1.1"),
        Json.write(Map.of("Parameters", found, "InvalidParameters", invalid)));
  }
}
