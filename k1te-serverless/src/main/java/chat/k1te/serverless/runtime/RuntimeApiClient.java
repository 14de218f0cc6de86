package chat.k1te.serverless.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The Lambda Runtime API (version 2018-06-01) over the JDK HTTP client: fetch the next event, post
 * its response or error, report an init failure. Plain HTTP/1.1 to the address in {@code
 * AWS_LAMBDA_RUNTIME_API}; nothing here needs reflection or JNI, so it works in a native image.
 */
public final class RuntimeApiClient {
  static final String REQUEST_ID = "Lambda-Runtime-Aws-Request-Id";
  static final String DEADLINE_MS = "Lambda-Runtime-Deadline-Ms";
  static final String FUNCTION_ARN = "Lambda-Runtime-Invoked-Function-Arn";
  static final String TRACE_ID = "Lambda-Runtime-Trace-Id";
  static final String ERROR_TYPE = "Lambda-Runtime-Function-Error-Type";

  private final URI base;
  private final HttpClient http;

  /**
   * @param runtimeApi {@code host:port} as Lambda sets it in {@code AWS_LAMBDA_RUNTIME_API}
   */
  public RuntimeApiClient(String runtimeApi) {
    if (runtimeApi == null || runtimeApi.isBlank() || runtimeApi.contains("/")) {
      throw new IllegalArgumentException(
          "AWS_LAMBDA_RUNTIME_API must be host:port of the Lambda Runtime API, got '"
              + runtimeApi
              + "'");
    }
    this.base = URI.create("http://" + runtimeApi + "/2018-06-01/runtime/");
    // HTTP/1.1 explicitly: the default would offer an h2c upgrade the Runtime API does not speak
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  /** Blocks until Lambda hands out the next event (the process is frozen in between). */
  public Invocation next() {
    HttpResponse<byte[]> response =
        send(HttpRequest.newBuilder(base.resolve("invocation/next")).GET().build());
    if (response.statusCode() != 200) {
      throw refused("GET invocation/next", response);
    }
    HttpHeaders headers = response.headers();
    String requestId = required(headers, REQUEST_ID);
    return new Invocation(
        requestId,
        deadline(headers.firstValue(DEADLINE_MS).orElse(null)),
        headers.firstValue(FUNCTION_ARN).orElse(""),
        headers.firstValue(TRACE_ID).filter(value -> !value.isBlank()),
        response.body());
  }

  public void respond(String requestId, byte[] body) {
    post("invocation/" + encode(requestId) + "/response", body, Optional.empty());
  }

  public void reportInvocationError(String requestId, ErrorReport error) {
    post("invocation/" + encode(requestId) + "/error", error.toJson(), Optional.of(error));
  }

  public void reportInitError(ErrorReport error) {
    post("init/error", error.toJson(), Optional.of(error));
  }

  private void post(String path, byte[] body, Optional<ErrorReport> error) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    error.ifPresent(
        report ->
            request
                .header(ERROR_TYPE, report.category())
                .header("Content-Type", "application/json"));
    HttpResponse<byte[]> response = send(request.build());
    if (response.statusCode() / 100 != 2) {
      throw refused("POST " + path, response);
    }
  }

  private HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new RuntimeApiException("Runtime API unreachable at " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RuntimeApiException("interrupted while calling " + request.uri(), e);
    }
  }

  private static RuntimeApiException refused(String call, HttpResponse<byte[]> response) {
    return new RuntimeApiException(
        "Runtime API answered "
            + call
            + " with HTTP "
            + response.statusCode()
            + ": "
            + new String(response.body(), StandardCharsets.UTF_8));
  }

  private static String required(HttpHeaders headers, String name) {
    return headers
        .firstValue(name)
        .filter(value -> !value.isBlank())
        .orElseThrow(() -> new RuntimeApiException("next invocation has no " + name + " header"));
  }

  private static long deadline(String value) {
    if (value == null) {
      throw new RuntimeApiException("next invocation has no " + DEADLINE_MS + " header");
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new RuntimeApiException(DEADLINE_MS + " is not a number: '" + value + "'", e);
    }
  }

  private static String encode(String requestId) {
    return URLEncoder.encode(requestId, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
