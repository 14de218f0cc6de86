package chat.k1te.ci.codebuild;

import chat.k1te.ci.CiEnvironment;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.codebuild.CodeBuildClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The three AWS clients of {@code codebuild run}, built once with an explicit region, credentials
 * and HTTP client. The SDK's own retries are off: {@link Retrying} and the poll loop retry visibly,
 * so a throttled log read never loses its position. {@code KITE_CODEBUILD_ENDPOINT}, {@code
 * KITE_LOGS_ENDPOINT} and {@code KITE_S3_ENDPOINT} point a client at another endpoint (tests; S3
 * then uses path-style addressing).
 */
public record AwsClients(
    Region region, CodeBuildClient codeBuild, CloudWatchLogsClient logs, S3Client s3)
    implements AutoCloseable {

  public static AwsClients create(Region region, CiEnvironment environment) {
    SdkHttpClient http =
        UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(10))
            .socketTimeout(Duration.ofSeconds(60))
            .build();
    AwsCredentialsProvider credentials = credentials(environment);
    ClientOverrideConfiguration noSdkRetries =
        ClientOverrideConfiguration.builder()
            .retryStrategy(AwsRetryStrategy.doNotRetry())
            .apiCallTimeout(Duration.ofMinutes(5))
            .build();
    var codeBuild =
        CodeBuildClient.builder()
            .region(region)
            .credentialsProvider(credentials)
            .httpClient(http)
            .overrideConfiguration(noSdkRetries);
    var logs =
        CloudWatchLogsClient.builder()
            .region(region)
            .credentialsProvider(credentials)
            .httpClient(http)
            .overrideConfiguration(noSdkRetries);
    var s3 =
        S3Client.builder()
            .region(region)
            .credentialsProvider(credentials)
            .httpClient(http)
            .overrideConfiguration(noSdkRetries);
    endpoint(environment, "KITE_CODEBUILD_ENDPOINT").ifPresent(codeBuild::endpointOverride);
    endpoint(environment, "KITE_LOGS_ENDPOINT").ifPresent(logs::endpointOverride);
    Optional<URI> s3Endpoint = endpoint(environment, "KITE_S3_ENDPOINT");
    s3Endpoint.ifPresent(uri -> s3.endpointOverride(uri).forcePathStyle(true));
    return new AwsClients(region, codeBuild.build(), logs.build(), s3.build());
  }

  /**
   * Keys in the given environment win (tests, or a workflow that exports them); otherwise the
   * default chain, which in the workflow finds the OIDC session of configure-aws-credentials.
   */
  private static AwsCredentialsProvider credentials(CiEnvironment environment) {
    Optional<String> keyId = environment.get("AWS_ACCESS_KEY_ID");
    Optional<String> secret = environment.get("AWS_SECRET_ACCESS_KEY");
    if (keyId.isEmpty() || secret.isEmpty()) {
      return DefaultCredentialsProvider.builder().build();
    }
    return StaticCredentialsProvider.create(
        environment
            .get("AWS_SESSION_TOKEN")
            .<software.amazon.awssdk.auth.credentials.AwsCredentials>map(
                token -> AwsSessionCredentials.create(keyId.get(), secret.get(), token))
            .orElseGet(() -> AwsBasicCredentials.create(keyId.get(), secret.get())));
  }

  private static Optional<URI> endpoint(CiEnvironment environment, String name) {
    return environment.get(name).map(URI::create);
  }

  @Override
  public void close() {
    codeBuild.close();
    logs.close();
    s3.close();
  }
}
