package chat.k1te.serverless.runtime.ssm;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.regions.Region;

/**
 * SSM Parameter Store {@code GetParameters} (with decryption) as one SigV4-signed JSON call. It
 * replaces the SDK's {@code ssm} module, a 6 MB jar of which the Lambda needs one operation: the
 * JVM function.zip must stay under its size limit. Wire format: AWS JSON 1.1, target {@code
 * AmazonSSM.GetParameters}.
 */
public final class SsmParameterClient {
  private final Region region;
  private final AwsCredentialsProvider credentials;
  private final URI endpoint;
  private final SdkHttpClient http;
  private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

  /** The result: values by parameter name, and the names SSM does not know. */
  public record Parameters(Map<String, String> values, List<String> invalid) {
    public Parameters {
      values = Map.copyOf(values);
      invalid = List.copyOf(invalid);
    }
  }

  public SsmParameterClient(
      Region region, AwsCredentialsProvider credentials, URI endpoint, SdkHttpClient http) {
    this.region = Objects.requireNonNull(region, "region");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.http = Objects.requireNonNull(http, "http");
  }

  /** The regional endpoint, {@code https://ssm.<region>.<partition domain>}. */
  public static URI defaultEndpoint(Region region) {
    String domain = region.metadata() == null ? "amazonaws.com" : region.metadata().domain();
    return URI.create("https://ssm." + region.id() + "." + domain);
  }

  /** Fetches up to 10 parameters, decrypted; fails with the service's error type and message. */
  public Parameters getParameters(List<String> names) {
    if (names.isEmpty() || names.size() > 10) {
      throw new IllegalArgumentException("GetParameters takes 1 to 10 names, got " + names);
    }
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("Names", List.copyOf(names));
    request.put("WithDecryption", true);
    Map<String, Object> response = call("AmazonSSM.GetParameters", json(request));
    Map<String, String> values = new LinkedHashMap<>();
    for (Object item : list(response.get("Parameters"))) {
      if (item instanceof Map<?, ?> parameter
          && parameter.get("Name") instanceof String name
          && parameter.get("Value") instanceof String value) {
        values.put(name, value);
      }
    }
    List<String> invalid = new ArrayList<>();
    list(response.get("InvalidParameters")).forEach(name -> invalid.add(String.valueOf(name)));
    return new Parameters(values, invalid);
  }

  private Map<String, Object> call(String target, byte[] body) {
    SdkHttpFullRequest request =
        SdkHttpFullRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(endpoint.resolve("/"))
            .putHeader("Content-Type", "application/x-amz-json-1.1")
            .putHeader("X-Amz-Target", target)
            .build();
    SignedRequest signed =
        signer.sign(
            sign ->
                sign.identity(credentials.resolveCredentials())
                    .request(request)
                    .payload(ContentStreamProvider.fromByteArray(body))
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "ssm")
                    .putProperty(AwsV4HttpSigner.REGION_NAME, region.id()));
    try {
      HttpExecuteResponse response =
          http.prepareRequest(
                  HttpExecuteRequest.builder()
                      .request(signed.request())
                      .contentStreamProvider(signed.payload().orElse(null))
                      .build())
              .call();
      byte[] answer = read(response);
      int status = response.httpResponse().statusCode();
      Map<String, Object> decoded = answer.length == 0 ? Map.of() : JSON.std.mapFrom(answer);
      if (status / 100 != 2) {
        throw new SsmException(
            target
                + " failed with HTTP "
                + status
                + ": "
                + decoded.getOrDefault("__type", "unknown error")
                + " "
                + decoded.getOrDefault("message", decoded.getOrDefault("Message", "")));
      }
      return decoded;
    } catch (IOException e) {
      throw new SsmException(target + " failed: " + e.getMessage(), e);
    }
  }

  private static byte[] read(HttpExecuteResponse response) throws IOException {
    if (response.responseBody().isEmpty()) {
      return new byte[0];
    }
    try (InputStream in = response.responseBody().get()) {
      return in.readAllBytes();
    }
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> items ? items : List.of();
  }

  private static byte[] json(Map<String, Object> value) {
    try {
      return JSON.std.asBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SSM refused the call, or could not be reached. */
  public static final class SsmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SsmException(String message) {
      super(message);
    }

    SsmException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
