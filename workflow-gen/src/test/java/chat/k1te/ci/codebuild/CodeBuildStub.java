package chat.k1te.ci.codebuild;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.function.Supplier;

/**
 * WireMock stubs speaking the wire protocols the SDK uses: AWS JSON 1.1 ({@code POST /} with {@code
 * X-Amz-Target}) for CodeBuild and CloudWatch Logs, S3 REST path-style for the bucket.
 */
final class CodeBuildStub {
  static final String JSON_11 = "application/x-amz-json-1.1";
  static final String BUCKET = "kite-artifacts";
  static final String BUILD_ID = "kite-native-arm64:0b7c1f0e-1111-4a4a-9c9c-123456789abc";
  static final String GROUP = "/aws/codebuild/kite-native-arm64";
  static final String STREAM = "0b7c1f0e-1111-4a4a-9c9c-123456789abc";

  private final WireMockExtension server;

  CodeBuildStub(WireMockExtension server) {
    this.server = server;
  }

  static MappingBuilder target(String target) {
    return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(target));
  }

  static RequestPatternBuilder requestedTarget(String target) {
    return postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(target));
  }

  static ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", JSON_11).withBody(body);
  }

  static ResponseDefinitionBuilder awsError(int status, String type, String message) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", JSON_11)
        .withHeader("x-amzn-RequestId", "req-1")
        .withBody("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
  }

  /** The bytes of the native package the stub serves, and its version id. */
  static final String PACKAGE_BYTES = "native function.zip bytes";

  static final String PACKAGE_VERSION = "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY";

  /** Base64 SHA-256 of {@link #PACKAGE_BYTES}. */
  static String packageSha256() {
    try {
      return java.util.Base64.getEncoder()
          .encodeToString(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(PACKAGE_BYTES.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The native package exists (versioned; served by version id) or not; no JVM package; no build
   * record yet, and a record PUT with If-None-Match is accepted.
   */
  void artifactExists(String commit, boolean exists) {
    String key = "/" + BUCKET + "/lambda/" + commit + "/function.zip";
    server.stubFor(
        head(urlEqualTo(key))
            .willReturn(
                exists
                    ? aResponse()
                        .withStatus(200)
                        .withHeader("Content-Length", String.valueOf(PACKAGE_BYTES.length()))
                        .withHeader("ETag", "\"abc\"")
                        .withHeader("x-amz-version-id", PACKAGE_VERSION)
                    : aResponse().withStatus(404)));
    server.stubFor(
        get(urlPathEqualTo(key))
            .withQueryParam("versionId", equalTo(PACKAGE_VERSION))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("x-amz-version-id", PACKAGE_VERSION)
                    .withBody(PACKAGE_BYTES)));
    server.stubFor(
        head(urlEqualTo("/" + BUCKET + "/lambda/" + commit + "/function-jvm.zip"))
            .willReturn(aResponse().withStatus(404)));
    server.stubFor(
        head(urlEqualTo("/" + BUCKET + "/lambda/" + commit + "/function-jvm-aot.zip"))
            .willReturn(aResponse().withStatus(404)));
    server.stubFor(
        get(urlPathEqualTo(recordPath(commit)))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/xml")
                    .withBody("<Error><Code>NoSuchKey</Code><Message>none</Message></Error>")));
    server.stubFor(
        put(urlPathEqualTo(recordPath(commit)))
            .withHeader("If-None-Match", equalTo("*"))
            .willReturn(aResponse().withStatus(200).withHeader("ETag", "\"record\"")));
  }

  static String recordPath(String commit) {
    return "/" + BUCKET + "/builds/" + commit + ".json";
  }

  /** The commit's build record exists with this body. */
  void recordExists(String commit, String body) {
    server.stubFor(
        get(urlPathEqualTo(recordPath(commit)))
            .willReturn(aResponse().withStatus(200).withBody(body)));
  }

  void acceptSourceUpload(String commit) {
    server.stubFor(
        put(urlEqualTo("/" + BUCKET + "/source/" + commit + ".zip"))
            .willReturn(aResponse().withStatus(200).withHeader("ETag", "\"etag\"")));
  }

  void startBuild() {
    server.stubFor(
        target("CodeBuild_20161006.StartBuild")
            .willReturn(json("{\"build\":" + build("IN_PROGRESS", false, List.of(), false) + "}")));
  }

  void stopBuild() {
    server.stubFor(
        target("CodeBuild_20161006.StopBuild")
            .willReturn(json("{\"build\":" + build("STOPPED", true, List.of(), true) + "}")));
  }

  /** BatchGetBuilds answers each response in turn, then repeats the last. */
  void builds(ResponseDefinitionBuilder... responses) {
    scenario("builds", () -> target("CodeBuild_20161006.BatchGetBuilds"), responses);
  }

  /** A mapping that answers each response in turn, then repeats the last. */
  void scenario(
      String name, Supplier<MappingBuilder> request, ResponseDefinitionBuilder... responses) {
    for (int i = 0; i < responses.length; i++) {
      ScenarioMappingBuilder mapping =
          request.get().inScenario(name).whenScenarioStateIs(i == 0 ? STARTED : name + "-" + i);
      mapping.willReturn(responses[i]);
      if (i + 1 < responses.length) {
        mapping.willSetStateTo(name + "-" + (i + 1));
      }
      server.stubFor(mapping);
    }
  }

  /** A BatchGetBuilds answer with one build. */
  static ResponseDefinitionBuilder ok(String build) {
    return json(builds(build));
  }

  /** GetLogEvents: the page after {@code token} (absent = head) holds these events. */
  void logPage(String token, String nextToken, String... messages) {
    server.stubFor(logRequest(token).willReturn(json(logEvents(nextToken, messages))));
  }

  static MappingBuilder logRequest(String token) {
    MappingBuilder mapping = target("Logs_20140328.GetLogEvents");
    return token == null
        ? mapping.withRequestBody(notContaining("nextToken"))
        : mapping.withRequestBody(matchingJsonPath("$.nextToken", equalTo(token)));
  }

  static String logEvents(String nextToken, String... messages) {
    StringBuilder events = new StringBuilder();
    long time = 1_764_000_000_000L;
    for (String message : messages) {
      if (events.length() > 0) {
        events.append(',');
      }
      events
          .append("{\"timestamp\":")
          .append(time++)
          .append(",\"message\":\"")
          .append(message)
          .append("\\n\",\"ingestionTime\":")
          .append(time)
          .append('}');
    }
    return "{\"events\":["
        + events
        + "],\"nextForwardToken\":\""
        + nextToken
        + "\",\"nextBackwardToken\":\"b/0\"}";
  }

  List<LoggedRequest> requests(String target) {
    return server.findAll(requestedTarget(target));
  }

  /** A BatchGetBuilds body with one build. */
  static String builds(String build) {
    return "{\"builds\":[" + build + "],\"buildsNotFound\":[]}";
  }

  /** A build as CodeBuild's JSON has it; phases as {@link #phase} strings. */
  static String build(String status, boolean complete, List<String> phases, boolean withLogs) {
    return "{\"id\":\""
        + BUILD_ID
        + "\",\"arn\":\"arn:aws:codebuild:eu-central-1:123456789012:build/"
        + BUILD_ID
        + "\",\"buildStatus\":\""
        + status
        + "\",\"buildComplete\":"
        + complete
        + ",\"startTime\":1764000000.0"
        + (complete ? ",\"endTime\":1764000192.5" : "")
        + ",\"timeoutInMinutes\":60,\"projectName\":\"kite-native-arm64\""
        + ",\"phases\":["
        + String.join(",", phases)
        + "]"
        + (withLogs
            ? ",\"logs\":{\"groupName\":\""
                + GROUP
                + "\",\"streamName\":\""
                + STREAM
                + "\",\"deepLink\":\"https://console.aws.amazon.com/cloudwatch/home?region=eu-central-1#logEvent:group="
                + GROUP
                + ";stream="
                + STREAM
                + "\"}"
            : "")
        + "}";
  }

  static String phase(
      String type, String status, Integer seconds, String contextCode, String contextMessage) {
    StringBuilder phase =
        new StringBuilder("{\"phaseType\":\"").append(type).append("\",\"startTime\":1764000000.0");
    if (status != null) {
      phase.append(",\"phaseStatus\":\"").append(status).append("\",\"endTime\":1764000010.0");
    }
    if (seconds != null) {
      phase.append(",\"durationInSeconds\":").append(seconds);
    }
    if (contextCode != null) {
      phase
          .append(",\"contexts\":[{\"statusCode\":\"")
          .append(contextCode)
          .append("\",\"message\":\"")
          .append(contextMessage)
          .append("\"}]");
    }
    return phase.append('}').toString();
  }

  static String running(String type) {
    return phase(type, null, null, null, null);
  }

  static String done(String type, int seconds) {
    return phase(type, "SUCCEEDED", seconds, null, null);
  }
}
