package chat.k1te.serverless.ws;

import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException;

/** Pushes frames to browser sockets through the API Gateway Management API. */
public final class WsPusher {
  private final ApiGatewayManagementApiClient client;

  public WsPusher(ApiGatewayManagementApiClient client) {
    this.client = client;
  }

  /** True if sent; false if the socket is gone (HTTP 410), so the caller cleans it up. */
  public boolean push(String connectionId, String frame) {
    try {
      client.postToConnection(
          b ->
              b.connectionId(connectionId)
                  .data(SdkBytes.fromString(frame, StandardCharsets.UTF_8)));
      return true;
    } catch (GoneException gone) {
      return false;
    }
  }
}
