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
 * The SDK clients of the dispatcher, built once at init with region, credentials and the
 * URL-connection HTTP client set explicitly (nothing discovered at cold start).
 */
public record AwsClients(
    DynamoDbClient dynamo,
    S3Client s3,
    S3Presigner presigner,
    ApiGatewayManagementApiClient management) {

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
    S3Configuration s3Config =
        S3Configuration.builder().pathStyleAccessEnabled(s3Endpoint.isPresent()).build();
    var s3 =
        S3Client.builder()
            .region(aws.region())
            .credentialsProvider(aws.credentials())
            .httpClient(http)
            .serviceConfiguration(s3Config);
    var presigner =
        S3Presigner.builder()
            .region(aws.region())
            .credentialsProvider(aws.credentials())
            .serviceConfiguration(s3Config);
    s3Endpoint.ifPresent(
        e -> {
          s3.endpointOverride(e);
          presigner.endpointOverride(e);
        });
    var management =
        ApiGatewayManagementApiClient.builder()
            .region(aws.region())
            .credentialsProvider(aws.credentials())
            .httpClient(http)
            .endpointOverride(config.wsExecutionEndpoint());
    return new AwsClients(dynamo.build(), s3.build(), presigner.build(), management.build());
  }
}
