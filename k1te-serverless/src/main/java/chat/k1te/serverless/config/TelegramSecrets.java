package chat.k1te.serverless.config;

import static chat.k1te.contracts.LambdaEnvironment.SSM_ENDPOINT;
import static chat.k1te.contracts.LambdaEnvironment.TELEGRAM_BOT_TOKEN;
import static chat.k1te.contracts.LambdaEnvironment.TELEGRAM_BOT_TOKEN_PARAMETER;
import static chat.k1te.contracts.LambdaEnvironment.TELEGRAM_SECRET_TOKEN;
import static chat.k1te.contracts.LambdaEnvironment.TELEGRAM_SECRET_TOKEN_PARAMETER;
import static chat.k1te.contracts.LambdaEnvironment.UNSET_SECRET;

import chat.k1te.serverless.log.Log;
import chat.k1te.serverless.runtime.ssm.SsmParameterClient;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * Reads secrets once at init: each given directly (local runtime, tests) or else read from the SSM
 * parameter named by another variable, all in one {@code GetParameters} call with decryption.
 */
public final class TelegramSecrets {
  private TelegramSecrets() {}

  /** A secret: the variable holding the value, or the variable naming its SSM parameter. */
  public record Secret(String directVariable, String parameterVariable) {}

  public static final Secret BOT_TOKEN =
      new Secret(TELEGRAM_BOT_TOKEN, TELEGRAM_BOT_TOKEN_PARAMETER);
  public static final Secret SECRET_TOKEN =
      new Secret(TELEGRAM_SECRET_TOKEN, TELEGRAM_SECRET_TOKEN_PARAMETER);

  /** The values in the order of the secrets asked for. */
  public static List<String> load(Env env, List<Secret> secrets) {
    List<Optional<String>> direct = new ArrayList<>();
    Map<String, String> parameterNames = new HashMap<>();
    for (Secret secret : secrets) {
      Optional<String> value = env.eitherOf(secret.directVariable(), secret.parameterVariable());
      direct.add(value);
      if (value.isEmpty()) {
        env.optional(secret.parameterVariable())
            .ifPresent(name -> parameterNames.put(secret.parameterVariable(), name));
      }
    }
    Map<String, String> fetched = parameterNames.isEmpty() ? Map.of() : fetch(env, parameterNames);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < secrets.size(); i++) {
      Secret secret = secrets.get(i);
      String value =
          direct.get(i).orElseGet(() -> fetched.getOrDefault(secret.parameterVariable(), ""));
      refusePlaceholder(secret, direct.get(i).isPresent(), value);
      values.add(value);
    }
    values.forEach(Log::hideSecret);
    return values;
  }

  /**
   * The placeholder infra writes for an unset Terraform variable is public: accepting it would let
   * anyone who knows it pass the webhook check (fail open). The message names where it came from.
   */
  private static void refusePlaceholder(Secret secret, boolean direct, String value) {
    if (UNSET_SECRET.equals(value)) {
      throw new ConfigurationException(
          (direct
                  ? secret.directVariable()
                  : "the SSM parameter named by " + secret.parameterVariable())
              + " holds the placeholder written when the stage was applied without this secret:"
              + " apply the stage again with the secret set");
    }
  }

  private static Map<String, String> fetch(Env env, Map<String, String> parameterNames) {
    AwsSettings aws = AwsSettings.from(env);
    env.check("secret loading");
    URI endpoint =
        AwsSettings.endpoint(env, SSM_ENDPOINT)
            .orElseGet(() -> SsmParameterClient.defaultEndpoint(aws.region()));
    SsmParameterClient.Parameters response;
    try (SdkHttpClient http = UrlConnectionHttpClient.create()) {
      response =
          new SsmParameterClient(aws.region(), aws.credentials(), endpoint, http)
              .getParameters(List.copyOf(parameterNames.values()));
    } catch (RuntimeException e) {
      throw new ConfigurationException(
          "cannot read SSM parameters " + parameterNames.values() + ": " + e.getMessage(), e);
    }
    if (!response.invalid().isEmpty()) {
      throw new ConfigurationException(
          "SSM parameters not found: " + String.join(", ", response.invalid()));
    }
    Map<String, String> byVariable = new HashMap<>();
    parameterNames.forEach(
        (variable, name) -> {
          // stripped like a value given directly (Env): a stored trailing newline is no secret
          String value = response.values().getOrDefault(name, "").strip();
          if (value.isEmpty()) {
            throw new ConfigurationException("SSM parameter " + name + " has no value");
          }
          byVariable.put(variable, value);
        });
    return byVariable;
  }
}
