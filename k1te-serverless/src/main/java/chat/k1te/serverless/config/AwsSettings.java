package chat.k1te.serverless.config;

import static chat.k1te.contracts.LambdaEnvironment.AWS_REGION;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/** Region and credentials from the environment (the Lambda runtime sets all of them). */
public record AwsSettings(Region region, AwsCredentialsProvider credentials) {
  public static final String ACCESS_KEY_ID = "AWS_ACCESS_KEY_ID";
  public static final String SECRET_ACCESS_KEY = "AWS_SECRET_ACCESS_KEY";
  public static final String SESSION_TOKEN = "AWS_SESSION_TOKEN";

  public static AwsSettings from(Env env) {
    String region = env.required(AWS_REGION);
    String key = env.required(ACCESS_KEY_ID);
    String secret = env.required(SECRET_ACCESS_KEY);
    Optional<String> session = env.optional(SESSION_TOKEN);
    AwsCredentials credentials =
        session.isPresent()
            ? AwsSessionCredentials.create(key, secret, session.get())
            : AwsBasicCredentials.create(
                key.isEmpty() ? "-" : key, secret.isEmpty() ? "-" : secret);
    return new AwsSettings(
        Region.of(region.isEmpty() ? "us-east-1" : region),
        StaticCredentialsProvider.create(credentials));
  }

  /** An endpoint override from a variable, validated as an absolute http(s) URI. */
  public static Optional<URI> endpoint(Env env, String variable) {
    return env.optional(variable)
        .map(
            value -> {
              URI uri;
              try {
                uri = URI.create(value);
              } catch (IllegalArgumentException e) {
                throw new ConfigurationException(variable + " is not a URI: " + value);
              }
              if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new ConfigurationException(
                    variable + " must be an http(s) URL, got: " + value);
              }
              return uri;
            });
  }
}
