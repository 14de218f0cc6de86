package chat.k1te.workflows.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.OidcRole;
import chat.k1te.workflows.actions.ActionPins;
import chat.k1te.workflows.generate.GeneratedFile;
import chat.k1te.workflows.generate.Generator;
import chat.k1te.workflows.model.ActionRef;
import chat.k1te.workflows.support.Yaml;
import chat.k1te.workflows.yaml.WorkflowYaml;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The security and hygiene rules, checked on the generated YAML as GitHub will read it. */
class GeneratedRulesTest {
  private static final List<GeneratedFile> FILES = Generator.kite();
  private static final Pattern USES_LINE =
      Pattern.compile("^\\s*(?:- )?uses: (\\S+)(.*)$", Pattern.MULTILINE);
  private static final Pattern PINNED = Pattern.compile("[\\w.-]+/[\\w./-]+@[0-9a-f]{40}");

  private static List<GeneratedFile> workflows() {
    return FILES.stream().filter(f -> f.path().startsWith(".github/workflows/")).toList();
  }

  @Test
  void everyFileStartsWithTheGeneratedHeader() {
    // every workflow and action, and dependabot.yml
    assertThat(FILES).hasSize(KitePipeline.workflows().size() + KitePipeline.actions().size() + 1);
    for (GeneratedFile file : FILES) {
      assertThat(file.content()).as(file.path()).startsWith("# " + WorkflowYaml.HEADER + "\n");
    }
  }

  @Test
  void workflowsGrantNothingAtTheTopAndEachJobStatesItsPermissionsAndTimeout() {
    for (GeneratedFile file : workflows()) {
      Map<String, Object> doc = Yaml.parse(file.content());
      assertThat(doc.get("permissions")).as(file.path()).isEqualTo(Map.of());
      Yaml.map(doc.get("jobs"))
          .forEach(
              (id, value) -> {
                Map<String, Object> job = Yaml.map(value);
                assertThat(job).as(file.path() + " job " + id).containsKey("permissions");
                if (!job.containsKey("uses")) {
                  assertThat(job).as(file.path() + " job " + id).containsKey("timeout-minutes");
                }
              });
    }
  }

  @Test
  void noUnsafeTriggersAndNoInheritedSecrets() {
    for (GeneratedFile file : workflows()) {
      Map<String, Object> on = Yaml.map(Yaml.parse(file.content()).get("on"));
      assertThat(on).as(file.path()).doesNotContainKeys("pull_request_target", "workflow_run");
      assertThat(file.content()).as(file.path()).doesNotContain("inherit");
    }
  }

  @Test
  void scriptsNeverContainExpressions() {
    for (GeneratedFile file : FILES) {
      for (Map<String, Object> step : Yaml.steps(Yaml.parse(file.content()))) {
        if (step.containsKey("run")) {
          assertThat((String) step.get("run"))
              .as(file.path() + " " + step.get("name"))
              .doesNotContain("${{");
        }
      }
    }
  }

  @Test
  void commandSubstitutionsAreAssignedSoTheirFailureFailsTheStep() {
    // bash -e ignores a failing $(…) inside echo's arguments: an empty output would pass on
    for (GeneratedFile file : FILES) {
      for (Map<String, Object> step : Yaml.steps(Yaml.parse(file.content()))) {
        if (step.containsKey("run")) {
          assertThat(((String) step.get("run")).lines())
              .as(file.path() + " " + step.get("name"))
              .noneMatch(line -> line.contains("$(") && !line.matches("\\s*\\w+=\\$\\(.*"));
        }
      }
    }
  }

  @Test
  void everyThirdPartyActionIsPinnedBySha() {
    Set<String> pins =
        ActionPins.all().stream().map(ActionRef.Pinned::uses).collect(Collectors.toSet());
    int thirdParty = 0;
    for (GeneratedFile file : FILES) {
      Matcher uses = USES_LINE.matcher(file.content());
      while (uses.find()) {
        String ref = uses.group(1);
        if (ref.startsWith("./.github/actions/") || ref.startsWith("./.github/workflows/")) {
          continue;
        }
        thirdParty++;
        assertThat(ref).as(file.path()).matches(PINNED);
        assertThat(pins).as(file.path()).contains(ref);
        assertThat(uses.group(2)).as(file.path() + " " + ref).matches(" # v\\d+\\.\\d+\\.\\d+");
      }
    }
    assertThat(thirdParty).isGreaterThan(10);
  }

  @Test
  void checkoutNeverPersistsCredentials() {
    int checkouts = 0;
    for (GeneratedFile file : FILES) {
      for (Map<String, Object> step : Yaml.steps(Yaml.parse(file.content()))) {
        if (String.valueOf(step.get("uses")).startsWith("actions/checkout@")) {
          checkouts++;
          assertThat(Yaml.map(step.get("with")).get("persist-credentials")).isEqualTo(false);
        }
      }
    }
    assertThat(checkouts).isGreaterThan(5);
  }

  @Test
  void rolesAreAssumedOnlyByJobsTheirTrustAccepts() {
    int assumed = 0;
    for (GeneratedFile file : workflows()) {
      for (Map.Entry<String, Object> entry :
          Yaml.map(Yaml.parse(file.content()).get("jobs")).entrySet()) {
        Map<String, Object> job = Yaml.map(entry.getValue());
        boolean idToken = "write".equals(Yaml.map(job.get("permissions")).get("id-token"));
        for (Object s : Yaml.list(job.get("steps"))) {
          Object role = Yaml.map(Yaml.map(s).get("with")).get("role-to-assume");
          if (role == null) {
            continue;
          }
          assumed++;
          assertThat(idToken).as(file.path() + " " + entry.getKey()).isTrue();
          Object environment = job.get("environment");
          assertThat(OidcRole.values())
              .as(file.path() + " " + entry.getKey() + " assumes " + role + " in " + environment)
              .anyMatch(
                  r ->
                      role.equals("${{ vars." + r.arnVariable() + " }}")
                          && r.environment()
                              .map(e -> (Object) e)
                              .equals(java.util.Optional.ofNullable(environment)));
        }
        if (job.containsKey("environment")) {
          Map<String, Object> concurrency = Yaml.map(job.get("concurrency"));
          assertThat(concurrency.get("cancel-in-progress"))
              .as(file.path() + " " + entry.getKey())
              .isEqualTo(false);
        }
      }
    }
    assertThat(assumed).isEqualTo(5);
  }

  @Test
  void prodIsOnlyDeployedFromTheProdEnvironment() {
    for (GeneratedFile file : workflows()) {
      if (file.content().contains("stack: kite-prod")) {
        assertThat(file.path()).isEqualTo(".github/workflows/tag-to-prod.yml");
        assertThat(file.content()).contains("    environment: prod\n");
      }
    }
  }

  @Test
  void theDriftCheckPlansAndReportsOnlyStacksThatAreDeployed() {
    GeneratedFile action =
        FILES.stream()
            .filter(f -> f.path().equals(".github/actions/drift-check/action.yml"))
            .findFirst()
            .orElseThrow();
    Map<String, Map<String, Object>> steps =
        Yaml.steps(Yaml.parse(action.content())).stream()
            .filter(step -> step.containsKey("name"))
            .collect(Collectors.toMap(step -> (String) step.get("name"), step -> step));
    Map<String, Object> read = steps.get("Read what is deployed");
    assertThat(read).doesNotContainKey("if");
    assertThat((String) read.get("run"))
        .startsWith("terraform output -json > ")
        .contains("kite-ci.jar drift deployed")
        .doesNotContain("terraform output -raw");
    for (String name :
        List.of("Plan with refresh (read-only)", "Export the plan as JSON", "Report drift")) {
      assertThat((String) steps.get(name).get("if"))
          .as(name)
          .startsWith("steps.deployed.outputs.deployed == 'true'");
    }
  }

  @Test
  void theE2eRunRunsOnlyTheE2eModulesSuites() {
    String action =
        FILES.stream()
            .filter(f -> f.path().equals(".github/actions/e2e-run/action.yml"))
            .findFirst()
            .orElseThrow()
            .content();
    String run =
        Yaml.steps(Yaml.parse(action)).stream()
            .filter(step -> "Run the e2e suites".equals(step.get("name")))
            .map(step -> (String) step.get("run"))
            .findFirst()
            .orElseThrow();
    assertThat(run)
        .contains("-pl k1te-serverless-test -am verify -De2e.target=dev")
        .contains("-Dtest='chat/k1te/e2e/**/*'", "-Dsurefire.failIfNoSpecifiedTests=false")
        .contains("-DskipITs", "-Dkite.aot.skip=true");
  }
}
