package chat.k1te.serverless.config;

import static chat.k1te.contracts.LambdaEnvironment.BUCKET_NAME;
import static chat.k1te.contracts.LambdaEnvironment.DYNAMODB_ENDPOINT;
import static chat.k1te.contracts.LambdaEnvironment.S3_ENDPOINT;
import static chat.k1te.contracts.LambdaEnvironment.STAGE;
import static chat.k1te.contracts.LambdaEnvironment.TELEGRAM_API_BASE_URL;
import static chat.k1te.contracts.LambdaEnvironment.WS_API_EXECUTION_ENDPOINT;
import static chat.k1te.contracts.LambdaEnvironment.WS_API_PUBLIC_URL;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the request dispatcher reads from its environment, validated at init. */
public record DispatcherConfig(
    String stage,
    URI wsExecutionEndpoint,
    String wsPublicUrl,
    String bucket,
    URI telegramApiBase,
    String botToken,
    String secretToken,
    AwsSettings aws,
    Optional<URI> dynamoEndpoint,
    Optional<URI> s3Endpoint) {

  public static final URI TELEGRAM_API = URI.create("https://api.telegram.org");

  @Override
  public String toString() {
    return "DispatcherConfig[stage=" + stage + ", bucket=" + bucket + ", secrets hidden]";
  }

  public static DispatcherConfig from(Map<String, String> variables) {
    Env env = new Env(variables);
    String stage = env.required(STAGE);
    String execution = env.required(WS_API_EXECUTION_ENDPOINT);
    String bucket = env.required(BUCKET_NAME);
    AwsSettings aws = AwsSettings.from(env);
    env.check("request dispatcher");
    List<String> secrets =
        TelegramSecrets.load(env, List.of(TelegramSecrets.BOT_TOKEN, TelegramSecrets.SECRET_TOKEN));
    env.check("request dispatcher");
    if (!stage.matches("[a-z][a-z0-9-]{0,31}")) {
      throw new ConfigurationException(
          STAGE + " must be lower-case letters, digits or '-', starting with a letter: " + stage);
    }
    URI executionUri = AwsSettings.endpoint(env, WS_API_EXECUTION_ENDPOINT).orElseThrow();
    String publicUrl =
        env.optional(WS_API_PUBLIC_URL)
            .orElse(execution.replaceFirst("^https:", "wss:").replaceFirst("^http:", "ws:"));
    return new DispatcherConfig(
        stage,
        executionUri,
        publicUrl,
        bucket,
        AwsSettings.endpoint(env, TELEGRAM_API_BASE_URL).orElse(TELEGRAM_API),
        secrets.get(0),
        secrets.get(1),
        aws,
        AwsSettings.endpoint(env, DYNAMODB_ENDPOINT),
        AwsSettings.endpoint(env, S3_ENDPOINT));
  }
}
