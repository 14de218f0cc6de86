package chat.k1te.workflows.validation;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.workflows.generate.Generator;
import chat.k1te.workflows.generate.GithubDirectory;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fresh generation passes GitHub's parser, actionlint and shellcheck with zero findings. */
class GeneratedFilesValidationTest {
  @TempDir static Path root;

  @BeforeAll
  static void generate() {
    new GithubDirectory(root).write(Generator.kite());
  }

  @Test
  void githubsParserAndActionlintFindNothing() {
    GithubParsers.Report report = GithubParsers.validate(root);
    assertThat(report.languageServiceFiles()).isEqualTo(14);
    assertThat(report.actionlintFiles()).isEqualTo(7);
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void shellcheckFindsNothingInAnyRunBlock() {
    Shellcheck.Report report = Shellcheck.check(root);
    assertThat(report.blocks()).isGreaterThanOrEqualTo(15);
    assertThat(report.findings()).isEmpty();
  }
}
