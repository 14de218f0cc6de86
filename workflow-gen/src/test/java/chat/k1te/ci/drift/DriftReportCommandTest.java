package chat.k1te.ci.drift;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.ci.CiRun;
import chat.k1te.ci.ExitCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DriftReportCommandTest {
  @RegisterExtension
  static WireMockExtension github =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "ghs_testTokenThatMustNeverBePrinted";
  private static final String ISSUES = "/repos/pragmasoft-ua/kite-chat/issues";
  private static final String LIST = ISSUES + "?state=open&labels=drift&per_page=100";
  private static final String TITLE = "Drift detected in stack kite-dev";

  @TempDir Path dir;
  private Map<String, String> env;

  @BeforeEach
  void setUp() {
    env = new HashMap<>();
    env.put("GITHUB_TOKEN", TOKEN);
    env.put("GITHUB_REPOSITORY", "pragmasoft-ua/kite-chat");
    env.put("GITHUB_API_URL", github.baseUrl());
    env.put("GITHUB_SERVER_URL", "https://github.com");
    env.put("GITHUB_RUN_ID", "42");
    env.put("GITHUB_STEP_SUMMARY", dir.resolve("summary.md").toString());
  }

  private CiRun.Result report(String... extra) {
    List<String> args = new ArrayList<>(List.of("drift", "report", "--stack", "kite-dev"));
    args.addAll(List.of(extra));
    CiRun.Result result = CiRun.run(env, args.toArray(String[]::new));
    assertThat(result.out() + result.err()).doesNotContain(TOKEN);
    return result;
  }

  private CiRun.Result drifted() {
    return report(
        "--exit-code",
        "2",
        "--plan-json",
        DriftMarkdownTest.fixture("plan-with-drift.json").toString());
  }

  private static ResponseDefinitionBuilder ok(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private static String issue(int number, String title) {
    return "{\"number\":"
        + number
        + ",\"title\":\""
        + title
        + "\",\"html_url\":\"https://github.com/pragmasoft-ua/kite-chat/issues/"
        + number
        + "\",\"labels\":[{\"name\":\"drift\"}]}";
  }

  private void openIssues(String... issues) {
    github.stubFor(get(urlEqualTo(LIST)).willReturn(ok("[" + String.join(",", issues) + "]")));
  }

  private void acceptWrites() {
    github.stubFor(
        get(urlEqualTo("/repos/pragmasoft-ua/kite-chat/labels/drift"))
            .willReturn(ok("{\"name\":\"drift\"}")));
    github.stubFor(post(urlEqualTo(ISSUES)).willReturn(ok(issue(7, TITLE)).withStatus(201)));
    github.stubFor(patch(urlPathEqualTo(ISSUES + "/3")).willReturn(ok(issue(3, TITLE))));
    github.stubFor(patch(urlPathEqualTo(ISSUES + "/5")).willReturn(ok(issue(5, TITLE))));
    github.stubFor(
        post(urlPathEqualTo(ISSUES + "/3/comments")).willReturn(ok("{\"id\":1}").withStatus(201)));
    github.stubFor(
        post(urlPathEqualTo(ISSUES + "/5/comments")).willReturn(ok("{\"id\":2}").withStatus(201)));
  }

  @Test
  void driftOpensTheIssueWhenNoneIsOpen() throws Exception {
    openIssues(issue(4, "Drift detected in stack kite-prod"));
    acceptWrites();

    CiRun.Result result = drifted();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.FAILURE);
    assertThat(result.out())
        .contains("Opened drift issue #7 https://github.com/pragmasoft-ua/kite-chat/issues/7");
    assertThat(result.err()).contains("✘ Drift detected in stack kite-dev");
    var created = github.findAll(postRequestedFor(urlEqualTo(ISSUES)));
    assertThat(created).hasSize(1);
    assertThat(created.get(0).getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(created.get(0).getHeader("X-GitHub-Api-Version")).isEqualTo("2022-11-28");
    JsonNode body = JSON.readTree(created.get(0).getBodyAsString());
    assertThat(body.path("title").asText()).isEqualTo(TITLE);
    assertThat(body.path("labels").toString()).isEqualTo("[\"drift\"]");
    String markdown = body.path("body").asText();
    assertThat(markdown)
        .contains(
            "aws_ssm_parameter.webhook_secret",
            "(sensitive)",
            "[Workflow run](https://github.com/pragmasoft-ua/kite-chat/actions/runs/42)")
        .doesNotContain("s3cr3t", "bot-secret");
    assertThat(Files.readString(dir.resolve("summary.md")))
        .isEqualTo(markdown + (markdown.endsWith("\n") ? "" : "\n"));
    assertThat(github.findAll(patchRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void missingLabelIsCreatedBeforeTheIssue() throws Exception {
    openIssues();
    acceptWrites();
    github.stubFor(
        get(urlEqualTo("/repos/pragmasoft-ua/kite-chat/labels/drift"))
            .willReturn(aResponse().withStatus(404).withBody("{\"message\":\"Not Found\"}")));
    github.stubFor(
        post(urlEqualTo("/repos/pragmasoft-ua/kite-chat/labels"))
            .willReturn(ok("{\"name\":\"drift\"}").withStatus(201)));

    CiRun.Result result = drifted();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.FAILURE);
    var label =
        github.findAll(postRequestedFor(urlEqualTo("/repos/pragmasoft-ua/kite-chat/labels")));
    assertThat(label).hasSize(1);
    assertThat(JSON.readTree(label.get(0).getBodyAsString()).path("name").asText())
        .isEqualTo("drift");
    assertThat(github.findAll(postRequestedFor(urlEqualTo(ISSUES)))).hasSize(1);
  }

  @Test
  void driftUpdatesTheOldestIssueAndClosesDuplicatesAcrossPages() throws Exception {
    String page2 = LIST + "&page=2";
    github.stubFor(
        get(urlEqualTo(LIST))
            .willReturn(
                ok("["
                        + issue(5, TITLE)
                        + ","
                        + issue(4, "Drift detected in stack kite-prod")
                        + "]")
                    .withHeader(
                        "Link",
                        "<"
                            + github.baseUrl()
                            + page2
                            + ">; rel=\"next\", <"
                            + github.baseUrl()
                            + page2
                            + ">; rel=\"last\"")));
    github.stubFor(
        get(urlEqualTo(page2))
            .willReturn(
                ok(
                    "["
                        + issue(3, TITLE)
                        + ","
                        + "{\"number\":2,\"title\":\""
                        + TITLE
                        + "\",\"pull_request\":{\"url\":\"x\"}}]")));
    acceptWrites();

    CiRun.Result result = drifted();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.FAILURE);
    assertThat(result.out()).contains("Updated drift issue #3", "Closed duplicate drift issue #5");
    assertThat(github.findAll(postRequestedFor(urlEqualTo(ISSUES)))).isEmpty();
    var update = github.findAll(patchRequestedFor(urlEqualTo(ISSUES + "/3")));
    assertThat(update).hasSize(1);
    assertThat(JSON.readTree(update.get(0).getBodyAsString()).path("body").asText())
        .startsWith("## " + TITLE);
    github.verify(
        postRequestedFor(urlEqualTo(ISSUES + "/5/comments"))
            .withRequestBody(equalToJson("{\"body\":\"Duplicate of #3; closing.\"}")));
    github.verify(
        patchRequestedFor(urlEqualTo(ISSUES + "/5"))
            .withRequestBody(
                equalToJson("{\"state\":\"closed\",\"state_reason\":\"not_planned\"}")));
    github.verify(0, anyRequestedFor(urlPathEqualTo(ISSUES + "/2")));
    github.verify(0, anyRequestedFor(urlPathEqualTo(ISSUES + "/4")));
  }

  @Test
  void accountIdsNeverReachTheIssue() throws Exception {
    openIssues();
    acceptWrites();
    String withRole =
        Files.readString(DriftMarkdownTest.fixture("plan-with-drift.json"))
            .replace(
                "\"memory_size\": 1024, \"timeout\": 30,\n          \"environment\"",
                "\"memory_size\": 1024, \"timeout\": 30,"
                    + " \"role\": \"arn:aws:iam::123456789012:role/dev-request-dispatcher\","
                    + "\n          \"environment\"");
    assertThat(withRole).contains("123456789012");
    Path plan = Files.writeString(dir.resolve("plan-with-account.json"), withRole);

    CiRun.Result result = report("--exit-code", "2", "--plan-json", plan.toString());

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.FAILURE);
    String markdown =
        JSON.readTree(github.findAll(postRequestedFor(urlEqualTo(ISSUES))).get(0).getBodyAsString())
            .path("body")
            .asText();
    assertThat(markdown).contains("role/dev-request-dispatcher").doesNotContain("123456789012");
    assertThat(Files.readString(dir.resolve("summary.md"))).doesNotContain("123456789012");
  }

  @Test
  void cleanStackClosesItsIssueWithAComment() throws Exception {
    openIssues(issue(3, TITLE), issue(4, "Drift detected in stack kite-prod"));
    acceptWrites();

    CiRun.Result result = report("--exit-code", "0");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).contains("Closed drift issue #3", "✔ No drift in stack kite-dev");
    var comment = github.findAll(postRequestedFor(urlEqualTo(ISSUES + "/3/comments")));
    assertThat(JSON.readTree(comment.get(0).getBodyAsString()).path("body").asText())
        .contains(
            "`kite-dev` shows no drift any more",
            "[this run](https://github.com/pragmasoft-ua/kite-chat/actions/runs/42)");
    github.verify(
        patchRequestedFor(urlEqualTo(ISSUES + "/3"))
            .withRequestBody(equalToJson("{\"state\":\"closed\",\"state_reason\":\"completed\"}")));
    github.verify(0, anyRequestedFor(urlPathEqualTo(ISSUES + "/4")));
    assertThat(Files.readString(dir.resolve("summary.md")))
        .contains("No drift in stack `kite-dev`");
  }

  @Test
  void cleanStackWithoutIssueWritesNothing() {
    openIssues();

    CiRun.Result result = report("--exit-code", "0");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    github.verify(0, postRequestedFor(anyUrl()));
    github.verify(0, patchRequestedFor(anyUrl()));
  }

  @Test
  void failedPlanTouchesNoIssue() throws Exception {
    CiRun.Result result = report("--exit-code", "1");

    assertThat(result.exitCode()).isEqualTo(ExitCode.REMOTE_STATE);
    assertThat(result.err()).contains("terraform plan failed for stack kite-dev; drift unknown");
    github.verify(0, anyRequestedFor(anyUrl()));
    assertThat(Files.readString(dir.resolve("summary.md"))).contains("failed");
  }

  @Test
  void noIssueOnlyWritesTheSummary() throws Exception {
    env.remove("GITHUB_TOKEN");

    CiRun.Result result =
        report(
            "--exit-code",
            "2",
            "--no-issue",
            "--plan-json",
            DriftMarkdownTest.fixture("plan-with-drift.json").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(Files.readString(dir.resolve("summary.md"))).startsWith("## " + TITLE);
    github.verify(0, anyRequestedFor(anyUrl()));
  }

  @ParameterizedTest(name = "HTTP {0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "401|{\"message\":\"Bad credentials\"}|GitHub rejected GITHUB_TOKEN (401 Bad credentials) while trying to list the open 'drift' issues of pragmasoft-ua/kite-chat",
        "403|{\"message\":\"Resource not accessible by integration\"}|(403 Resource not accessible by integration); the job's token needs the `issues: write` permission",
        "404|{\"message\":\"Not Found\"}|the repository does not exist or the token cannot see it",
        "502|{\"message\":\"Bad gateway\"}|GitHub kept failing to list the open 'drift' issues of pragmasoft-ua/kite-chat (HTTP 502 after 3 attempts)",
        "403|{\"message\":\"You have exceeded a secondary rate limit.\"}|GitHub secondary rate limit hit while trying to list",
      })
  void githubFailuresAreClear(int status, String body, String message) {
    ResponseDefinitionBuilder response = aResponse().withStatus(status).withBody(body);
    if (status == 502) {
      response.withHeader("Retry-After", "0");
    } else if (body.contains("rate limit")) {
      response.withHeader("Retry-After", "120");
    }
    github.stubFor(get(urlEqualTo(LIST)).willReturn(response));

    CiRun.Result result = drifted();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.REMOTE_STATE);
    assertThat(result.err()).contains(message);
    github.verify(status == 502 ? 3 : 1, getRequestedFor(urlEqualTo(LIST)));
  }

  @Test
  void validationErrorOnCreateIsClear() {
    openIssues();
    github.stubFor(
        get(urlEqualTo("/repos/pragmasoft-ua/kite-chat/labels/drift")).willReturn(ok("{}")));
    github.stubFor(
        post(urlEqualTo(ISSUES))
            .willReturn(
                aResponse()
                    .withStatus(422)
                    .withBody(
                        "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"Issue\",\"code\":\"custom\",\"field\":\"body\",\"message\":\"body is too long\"}]}")));

    CiRun.Result result = drifted();

    assertThat(result.exitCode()).isEqualTo(ExitCode.REMOTE_STATE);
    assertThat(result.err())
        .contains(
            "GitHub rejected the request to open an issue in pragmasoft-ua/kite-chat as invalid (422 Validation Failed",
            "body is too long");
  }

  @Test
  void transientFailuresAndShortRateLimitsAreRetried() {
    github.stubFor(
        get(urlEqualTo(LIST))
            .inScenario("flaky")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("limited"));
    github.stubFor(
        get(urlEqualTo(LIST))
            .inScenario("flaky")
            .whenScenarioStateIs("limited")
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withHeader("Retry-After", "0")
                    .withBody("{\"message\":\"You have exceeded a secondary rate limit\"}"))
            .willSetStateTo("fine"));
    github.stubFor(
        get(urlEqualTo(LIST)).inScenario("flaky").whenScenarioStateIs("fine").willReturn(ok("[]")));
    acceptWrites();

    CiRun.Result result = drifted();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.FAILURE);
    assertThat(result.out()).contains("Opened drift issue #7");
    github.verify(3, getRequestedFor(urlEqualTo(LIST)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--stack kite-qa --exit-code 0|Unknown stack 'kite-qa'; valid stacks are: local, kite-build, kite-dev, kite-prod",
        "--stack kite-dev --exit-code 5|--exit-code must be 0 (clean), 1 (plan failed) or 2 (changes), got 5",
        "--stack kite-dev --exit-code 2|--plan-json is required when --exit-code is 2",
        "--stack kite-dev --exit-code 2 --plan-json does-not-exist.json|does-not-exist.json does not exist",
        "--stack kite-dev --exit-code 0 --repository not-a-repo|repository must be owner/name, got 'not-a-repo'",
      })
  void invalidInputIsNamed(String args, String message) {
    CiRun.Result result = CiRun.run(env, ("drift report " + args).split(" "));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err()).contains(message);
    github.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void missingTokenAndMalformedPlanAreInvalidInput() throws Exception {
    Path notJson = Files.writeString(dir.resolve("plan.json"), "{ not json");
    Path notPlan = Files.writeString(dir.resolve("other.json"), "{\"resources\":[]}");
    env.remove("GITHUB_TOKEN");
    assertThat(report("--exit-code", "0").err())
        .contains("Environment variable GITHUB_TOKEN is not set");
    env.put("GITHUB_TOKEN", TOKEN);
    openIssues();
    CiRun.Result malformed = report("--exit-code", "2", "--plan-json", notJson.toString());
    assertThat(malformed.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(malformed.err()).contains("is not valid JSON");
    CiRun.Result wrongShape = report("--exit-code", "2", "--plan-json", notPlan.toString());
    assertThat(wrongShape.err()).contains("is not the output of `terraform show -json <planfile>`");
    // two plans in one file, or a plan nested past any sane depth, are refused, not half-read
    Path twoValues =
        Files.writeString(
            dir.resolve("two.json"), "{\"format_version\":\"1.2\"}{\"format_version\":\"1.2\"}");
    CiRun.Result trailing = report("--exit-code", "2", "--plan-json", twoValues.toString());
    assertThat(trailing.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(trailing.err()).contains("has content after its JSON value");
    Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(100_000));
    CiRun.Result tooDeep = report("--exit-code", "2", "--plan-json", deep.toString());
    assertThat(tooDeep.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(tooDeep.err()).contains("nested deeper than 64");
    Path noAddress =
        Files.writeString(
            dir.resolve("no-address.json"),
            "{\"format_version\":\"1.2\",\"resource_changes\":[{\"change\":"
                + "{\"actions\":[\"update\"],\"before\":{\"value\":\"s3cr3t\"}}}]}");
    CiRun.Result incomplete = report("--exit-code", "2", "--plan-json", noAddress.toString());
    assertThat(incomplete.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(incomplete.err())
        .contains("resource_changes[0] lacks address or change")
        .doesNotContain("s3cr3t");
  }
}
