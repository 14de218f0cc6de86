package chat.k1te.ci.pins;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.ci.CiEnvironment;
import chat.k1te.ci.CiRun;
import chat.k1te.ci.ExitCode;
import chat.k1te.workflows.actions.ActionPins;
import chat.k1te.workflows.model.ActionRef;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kite-ci pins} against a stub of GitHub's REST API (releases, git refs, issues). */
class PinsCommandTest {
  @RegisterExtension
  static WireMockExtension github =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String TOKEN = "ghs_pinsTokenThatMustNeverBePrinted";
  private static final String REPO = "pragmasoft-ua/kite-chat";
  private static final String ISSUES = "/repos/" + REPO + "/issues";
  private static final String LIST = ISSUES + "?state=open&labels=pins&per_page=100";
  private static final String SHA_701 = "3d3c42e5aac5ba805825da76410c181273ba90b1";
  private static final String SHA_710 = "1111111111111111111111111111111111111111";
  private static final String SHA_800 = "2222222222222222222222222222222222222222";
  private static final String TAG_OBJECT = "3333333333333333333333333333333333333333";
  private static final ActionRef.Pinned CHECKOUT =
      new ActionRef.Pinned("actions/checkout", SHA_701, "v7.0.1");

  @TempDir Path dir;
  private Map<String, String> env;

  @BeforeEach
  void setUp() {
    env = new HashMap<>();
    env.put("GITHUB_TOKEN", TOKEN);
    env.put("GITHUB_REPOSITORY", REPO);
    env.put("GITHUB_API_URL", github.baseUrl());
    env.put("GITHUB_STEP_SUMMARY", dir.resolve("summary.md").toString());
  }

  private static ResponseDefinitionBuilder ok(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private static String release(String tag, boolean prerelease) {
    return "{\"tag_name\":\"" + tag + "\",\"draft\":false,\"prerelease\":" + prerelease + "}";
  }

  private void releases(String... releases) {
    github.stubFor(
        get(urlEqualTo("/repos/actions/checkout/releases?per_page=100"))
            .willReturn(ok("[" + String.join(",", releases) + "]")));
  }

  private void tag(String tag, String sha) {
    github.stubFor(
        get(urlEqualTo("/repos/actions/checkout/git/ref/tags/" + tag))
            .willReturn(
                ok(
                    "{\"ref\":\"refs/tags/"
                        + tag
                        + "\",\"object\":{\"type\":\"commit\",\"sha\":\""
                        + sha
                        + "\"}}")));
  }

  private void openIssues(String... issues) {
    github.stubFor(get(urlEqualTo(LIST)).willReturn(ok("[" + String.join(",", issues) + "]")));
  }

  private static String issue(int number) {
    return "{\"number\":"
        + number
        + ",\"title\":\"Action pins are out of date\",\"html_url\":\"https://github.com/"
        + REPO
        + "/issues/"
        + number
        + "\"}";
  }

  private void acceptIssueWrites() {
    github.stubFor(
        get(urlEqualTo("/repos/" + REPO + "/labels/pins")).willReturn(ok("{\"name\":\"pins\"}")));
    github.stubFor(post(urlEqualTo(ISSUES)).willReturn(ok(issue(9)).withStatus(201)));
    github.stubFor(patch(urlPathEqualTo(ISSUES + "/4")).willReturn(ok(issue(4))));
    github.stubFor(
        post(urlPathEqualTo(ISSUES + "/4/comments")).willReturn(ok("{\"id\":1}").withStatus(201)));
  }

  /** Runs the verb on the checkout pin alone, so the stub needs one repository. */
  private CiRun.Result pins(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new PinsCommand(new CiEnvironment(env), List.of(CHECKOUT)));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    CiRun.Result result = new CiRun.Result(code, out.toString(), err.toString());
    assertThat(result.out() + result.err()).doesNotContain(TOKEN);
    return result;
  }

  @Test
  void withoutATokenEveryPinIsListedAndNothingIsAsked() {
    env.remove("GITHUB_TOKEN");
    CiRun.Result result = CiRun.run(env, "pins");
    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OK);
    for (ActionRef.Pinned pin : ActionPins.all()) {
      assertThat(result.out()).contains(pin.repository() + " " + pin.version() + " " + pin.sha());
    }
    assertThat(github.getAllServeEvents()).isEmpty();
  }

  @Test
  void newerReleasesInTheSameAndANewerMajorAreReportedWithTheirTagsCommits() throws Exception {
    releases(
        release("v8.0.0", false),
        release("v9.0.0-beta.1", true),
        release("v7.1.0", false),
        release("v7.0.1", false),
        release("v6.0.0", false));
    tag("v7.0.1", SHA_701);
    tag("v7.1.0", SHA_710);
    tag("v8.0.0", SHA_800);
    openIssues();
    acceptIssueWrites();

    CiRun.Result result = pins("--issue");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.FAILURE);
    assertThat(result.out())
        .contains("actions/checkout v7.0.1: SHA verified")
        .contains("newer v7.1.0 " + SHA_710)
        .contains("newer major v8.0.0 " + SHA_800)
        .contains("Opened pins issue #9");
    assertThat(result.out()).doesNotContain("v9.0.0");
    github.verify(
        postRequestedFor(urlEqualTo(ISSUES))
            .withRequestBody(
                equalToJson(
                    "{\"title\":\"Action pins are out of date\",\"labels\":[\"pins\"]}",
                    true,
                    true)));
    String body =
        github.getAllServeEvents().stream()
            .filter(e -> e.getRequest().getUrl().equals(ISSUES))
            .findFirst()
            .orElseThrow()
            .getRequest()
            .getBodyAsString();
    assertThat(body).contains("v7.1.0", SHA_710, "v8.0.0", SHA_800);
    assertThat(Files.readString(dir.resolve("summary.md"))).contains("**v8.0.0** `" + SHA_800);
  }

  @Test
  void aPinWhoseShaIsNotItsTagsCommitIsAFindingEvenWhenCurrent() {
    releases(release("v7.0.1", false));
    // an annotated tag: the ref points at a tag object, which points at another commit
    github.stubFor(
        get(urlEqualTo("/repos/actions/checkout/git/ref/tags/v7.0.1"))
            .willReturn(ok("{\"object\":{\"type\":\"tag\",\"sha\":\"" + TAG_OBJECT + "\"}}")));
    github.stubFor(
        get(urlEqualTo("/repos/actions/checkout/git/tags/" + TAG_OBJECT))
            .willReturn(ok("{\"object\":{\"type\":\"commit\",\"sha\":\"" + SHA_710 + "\"}}")));

    CiRun.Result result = pins();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.FAILURE);
    assertThat(result.out())
        .contains("SHA MISMATCH (pinned " + SHA_701 + ", tag points at " + SHA_710);
  }

  @Test
  void whenEveryPinIsCurrentTheOpenIssueIsClosed() {
    releases(release("v7.0.1", false), release("v6.9.9", false));
    tag("v7.0.1", SHA_701);
    openIssues(issue(4));
    acceptIssueWrites();

    CiRun.Result result = pins("--issue");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).contains("v7.0.1: SHA verified; current", "Closed pins issue #4");
    github.verify(
        patchRequestedFor(urlPathEqualTo(ISSUES + "/4"))
            .withRequestBody(equalToJson("{\"state\":\"closed\",\"state_reason\":\"completed\"}")));
  }

  @Test
  void anOpenIssueIsUpdatedNotDuplicated() {
    releases(release("v7.2.0", false), release("v7.0.1", false));
    tag("v7.0.1", SHA_701);
    tag("v7.2.0", SHA_710);
    openIssues(issue(4));
    acceptIssueWrites();

    CiRun.Result result = pins("--issue");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.FAILURE);
    assertThat(result.out()).contains("Updated pins issue #4");
    github.verify(0, postRequestedFor(urlEqualTo(ISSUES)));
  }

  @Test
  void gitHubRefusingTheTokenIsOneLineAndExitCode3() {
    github.stubFor(
        get(urlEqualTo("/repos/actions/checkout/releases?per_page=100"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\":\"Bad credentials\"}")));

    CiRun.Result result = pins();

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.REMOTE_STATE);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).doesNotContain("Exception");
  }

  @Test
  void issueWithoutATokenIsInvalidInput() {
    env.remove("GITHUB_TOKEN");
    CiRun.Result result = pins("--issue");
    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(result.err()).contains("--issue needs GITHUB_TOKEN");
  }
}
