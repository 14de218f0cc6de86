package chat.k1te.serverless.ws;

import chat.k1te.contracts.KiteMetrics;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException;

/** Pushes frames to browser sockets through the API Gateway Management API. */
public final class WsPusher {
  private final Supplier<ApiGatewayManagementApiClient> client;
  private final EmfMetrics metrics;

  public WsPusher(ApiGatewayManagementApiClient client, EmfMetrics metrics) {
    this(() -> client, metrics);
  }

  /** With the client built on first push. */
  public WsPusher(Supplier<ApiGatewayManagementApiClient> client, EmfMetrics metrics) {
    this.client = client;
    this.metrics = metrics;
  }

  /**
   * True if sent; false if the socket is gone (HTTP 410), so the caller cleans it up. Any other
   * failure is counted ({@link KiteMetrics#POST_TO_CONNECTION_FAILED}, alarmed) and rethrown.
   */
  public boolean push(String connectionId, String frame) {
    try {
      client
          .get()
          .postToConnection(
              b ->
                  b.connectionId(connectionId)
                      .data(SdkBytes.fromString(frame, StandardCharsets.UTF_8)));
      return true;
    } catch (GoneException gone) {
      return false;
    } catch (SdkException e) {
      metrics.emit(
          KiteMetrics.POST_TO_CONNECTION_FAILED,
          1,
          "Count",
          e instanceof AwsServiceException service
              ? Map.of(
                  "errorCode",
                  service.awsErrorDetails() == null
                      ? "unknown"
                      : String.valueOf(service.awsErrorDetails().errorCode()),
                  "statusCode",
                  service.statusCode())
              : Map.of("errorCode", e.getClass().getSimpleName(), "statusCode", 0));
      throw e;
    }
  }
}
