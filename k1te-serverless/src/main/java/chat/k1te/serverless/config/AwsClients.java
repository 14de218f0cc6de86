package chat.k1te.serverless.config;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The SDK clients of the dispatcher, configured with region, credentials and the URL-connection
 * HTTP client set explicitly (nothing discovered at cold start). DynamoDB, which every event uses,
 * is built at init; S3, its presigner and the Management API are built on first use, because many
 * invocations (a {@code PING}, a {@code $connect}, most webhook updates) need none of them, and
 * each costs class loading on a cold start (measured in docs/benchmarks.md).
 */
public record AwsClients(
    DynamoDbClient dynamo,
    Lazy<S3Client> s3,
    Lazy<S3Presigner> presigner,
    Lazy<ApiGatewayManagementApiClient> management) {

  /**
   * System property that builds every client at init. Only the jvm-aot packaging's training run
   * sets it, so that the AOT cache holds the lazily built clients' classes as well.
   */
  public static final String BUILD_ALL_AT_INIT = "kite.clients.eager";

  public static AwsClients create(DispatcherConfig config) {
    AwsSettings aws = config.aws();
    SdkHttpClient http = UrlConnectionHttpClient.create();
    var dynamo =
        DynamoDbClient.builder()
            .region(aws.region())
            .credentialsProvider(aws.credentials())
            .httpClient(http);
    config.dynamoEndpoint().ifPresent(dynamo::endpointOverride);
    Optional<URI> s3Endpoint = config.s3Endpoint();
    Lazy<S3Client> s3 =
        Lazy.of(
            () -> {
              var builder =
                  S3Client.builder()
                      .region(aws.region())
                      .credentialsProvider(aws.credentials())
                      .httpClient(http)
                      .serviceConfiguration(s3Configuration(s3Endpoint));
              s3Endpoint.ifPresent(builder::endpointOverride);
              return builder.build();
            });
    Lazy<S3Presigner> presigner =
        Lazy.of(
            () -> {
              var builder =
                  S3Presigner.builder()
                      .region(aws.region())
                      .credentialsProvider(aws.credentials())
                      .serviceConfiguration(s3Configuration(s3Endpoint));
              s3Endpoint.ifPresent(builder::endpointOverride);
              return builder.build();
            });
    Lazy<ApiGatewayManagementApiClient> management =
        Lazy.of(
            () ->
                ApiGatewayManagementApiClient.builder()
                    .region(aws.region())
                    .credentialsProvider(aws.credentials())
                    .httpClient(http)
                    .endpointOverride(config.wsExecutionEndpoint())
                    .build());
    AwsClients clients = new AwsClients(dynamo.build(), s3, presigner, management);
    if (Boolean.getBoolean(BUILD_ALL_AT_INIT)) {
      s3.get();
      presigner.get();
      management.get();
    }
    return clients;
  }

  private static S3Configuration s3Configuration(Optional<URI> endpoint) {
    return S3Configuration.builder().pathStyleAccessEnabled(endpoint.isPresent()).build();
  }
}
