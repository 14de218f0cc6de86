package chat.k1te.workflows.actions;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.OidcRole;
import chat.k1te.workflows.model.ActionRef;
import chat.k1te.workflows.model.UsesStep;
import chat.k1te.workflows.support.Yaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Nothing offline checks the inputs of an action pinned by SHA, so the bindings are checked here
 * against the {@code action.yml} of each pinned release, committed verbatim under {@code
 * src/test/resources/actions/<owner>_<repo>-<tag>.action.yml} with a first line naming the commit
 * it was read at. Bumping a pin without adding its {@code action.yml} fails this test.
 */
class ActionBindingsTest {
  private static final Pattern HEADER =
      Pattern.compile("^# (\\S+) (\\S+) = ([0-9a-f]{40}) .*", Pattern.DOTALL);

  /** One pinned release's action.yml. */
  private record ActionYml(String repository, String tag, String sha, Map<String, Object> yaml) {
    Map<String, Object> inputs() {
      return Yaml.map(yaml.get("inputs"));
    }

    Set<String> required() {
      Set<String> required = new TreeSet<>();
      inputs()
          .forEach(
              (name, spec) -> {
                Map<String, Object> s = Yaml.map(spec);
                if (Boolean.TRUE.equals(s.get("required"))
                    || "true".equals(String.valueOf(s.get("required")))) {
                  if (!s.containsKey("default")) {
                    required.add(name);
                  }
                }
              });
      return required;
    }

    Set<String> deprecated() {
      Set<String> deprecated = new TreeSet<>();
      inputs()
          .forEach(
              (name, spec) -> {
                if (Yaml.map(spec).containsKey("deprecationMessage")) {
                  deprecated.add(name);
                }
              });
      return deprecated;
    }
  }

  private static ActionYml actionYml(ActionRef.Pinned pin) {
    String resource =
        "/actions/" + pin.repository().replace('/', '_') + "-" + pin.version() + ".action.yml";
    try (InputStream in = ActionBindingsTest.class.getResourceAsStream(resource)) {
      assertThat(in)
          .as("action.yml of %s %s at %s", pin.repository(), pin.version(), resource)
          .isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher header = HEADER.matcher(text);
      assertThat(header.matches()).as("header line of " + resource).isTrue();
      return new ActionYml(header.group(1), header.group(2), header.group(3), Yaml.parse(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertExact(UsesStep step) {
    ActionRef.Pinned pin = (ActionRef.Pinned) step.action();
    ActionYml action = actionYml(pin);
    Set<String> used = step.with().keySet();
    assertThat(action.inputs().keySet()).as(pin.repository() + " inputs").containsAll(used);
    assertThat(used).as(pin.repository() + " required inputs").containsAll(action.required());
    assertThat(used.stream().filter(action.deprecated()::contains))
        .as(pin.repository() + " deprecated inputs")
        .isEmpty();
  }

  private static List<UsesStep> everyBinding() {
    return List.of(
        new Checkout(Optional.of("main"), Optional.of(0)).step(),
        SetupJava.temurinWithMavenCache("17").step(),
        new SetupNode("24", Optional.of("tools/package-lock.json")).step(),
        new ConfigureAwsCredentials(OidcRole.BUILD).step(),
        new SetupTerraform(SetupTerraform.VERSION).step(),
        new UploadArtifact("a", List.of("x"), "warn", 1).step("Upload"),
        new DownloadArtifact("a", "x").step("Download"));
  }

  @Test
  void everyBindingUsesOnlyInputsItsPinnedReleaseDeclaresAndEveryRequiredOne() {
    everyBinding().forEach(ActionBindingsTest::assertExact);
    assertThat(everyBinding())
        .map(step -> (ActionRef.Pinned) step.action())
        .containsExactlyInAnyOrderElementsOf(ActionPins.all());
  }

  @Test
  void everyPinIsTheCommitItsActionYmlWasReadAtAndRunsOnNode24() {
    for (ActionRef.Pinned pin : ActionPins.all()) {
      ActionYml action = actionYml(pin);
      assertThat(action.repository()).isEqualTo(pin.repository());
      assertThat(action.tag()).isEqualTo(pin.version());
      assertThat(action.sha()).as(pin.repository()).isEqualTo(pin.sha());
      assertThat(Yaml.map(action.yaml().get("runs")).get("using"))
          .as(pin.repository() + " runtime")
          .isEqualTo("node24");
    }
  }

  @Test
  void checkoutNeverPersistsCredentials() {
    assertThat(Checkout.head().step().with()).containsEntry("persist-credentials", "false");
  }

  @Test
  void awsCredentialsComeOnlyFromTheRolesVariable() {
    Map<String, String> with = new ConfigureAwsCredentials(OidcRole.DRIFT).step().with();
    assertThat(with)
        .containsEntry("role-to-assume", "${{ vars.KITE_DRIFT_ROLE_ARN }}")
        .containsEntry("aws-region", "${{ vars.AWS_REGION }}")
        .doesNotContainKeys("aws-access-key-id", "aws-secret-access-key");
  }

  @Test
  void pinsAreDistinctFullShas() {
    assertThat(ActionPins.all()).extracting(ActionRef.Pinned::sha).doesNotHaveDuplicates();
    assertThat(ActionPins.all()).allSatisfy(p -> assertThat(p.sha()).hasSize(40));
  }
}
