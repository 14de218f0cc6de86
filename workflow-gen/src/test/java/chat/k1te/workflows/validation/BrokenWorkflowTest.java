package chat.k1te.workflows.validation;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.RepositoryRoot;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each validator really catches something: a deliberately broken workflow and action. */
class BrokenWorkflowTest {
  private static final Path BROKEN =
      RepositoryRoot.find().resolve("workflow-gen/src/test/resources/workflows/broken");

  private static GithubParsers.Report report;

  @BeforeAll
  static void validateOnce() {
    report = GithubParsers.validate(BROKEN);
  }

  @Test
  void githubsParserRejectsTheWorkflowAndTheAction() {
    assertThat(report.languageServiceFiles()).isEqualTo(2);
    assertThat(report.of("languageservice"))
        .extracting(Finding::toString)
        .anySatisfy(f -> assertThat(f).contains("broken.yml:5: Unexpected value 'branchez'"))
        .anySatisfy(f -> assertThat(f).contains("Context access might be invalid: evnt"))
        .anySatisfy(
            f ->
                assertThat(f)
                    .contains("action.yml")
                    .contains("Required property is missing: shell"))
        .anySatisfy(
            f -> assertThat(f).contains("action.yml").contains("Unexpected value 'colour'"));
  }

  @Test
  void actionlintRejectsTheWorkflow() {
    assertThat(report.actionlintFiles()).isEqualTo(1);
    assertThat(report.of("actionlint"))
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("unexpected key \"branchez\" for \"push\" section"))
        .anySatisfy(m -> assertThat(m).contains("property \"evnt\" is not defined"));
  }

  @Test
  void shellcheckRejectsTheScript() {
    Shellcheck.Report report = Shellcheck.check(BROKEN);
    assertThat(report.blocks()).isEqualTo(2);
    assertThat(report.findings())
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("warning").contains("SC2164"))
        .anySatisfy(m -> assertThat(m).contains("SC2086"));
  }
}
