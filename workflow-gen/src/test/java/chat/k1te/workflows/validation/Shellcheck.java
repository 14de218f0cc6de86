package chat.k1te.workflows.validation;

import chat.k1te.workflows.support.Yaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * shellcheck (the system's, from PATH) over every {@code run:} block of a folder's {@code .github/}
 * (bash, as the generated steps declare). Expressions, should any appear, become a placeholder
 * variable. Every severity counts, style included.
 */
final class Shellcheck {
  private Shellcheck() {}

  record Report(int blocks, List<Finding> findings) {}

  static Report check(Path root) {
    String shellcheck = RequiredTool.SHELLCHECK.find().toString();
    List<Finding> findings = new ArrayList<>();
    int blocks = 0;
    try (Stream<Path> walk = Files.walk(root.resolve(".github"))) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
        String relative = root.relativize(file).toString();
        for (Map<String, Object> step : Yaml.steps(Yaml.parse(Files.readString(file)))) {
          if (step.get("run") instanceof String script) {
            blocks++;
            String bash = script.replaceAll("\\$\\{\\{.*?}}", "\\$KITE_EXPRESSION");
            Tools.Result result =
                Tools.run(List.of(shellcheck, "--shell=bash", "--format=gcc", "-"), root, bash);
            for (String line : result.stdout().lines().toList()) {
              findings.add(
                  new Finding("shellcheck", relative + " (" + step.get("name") + ")", 0, line));
            }
            if (result.exitCode() != 0 && result.stdout().isBlank()) {
              throw new IllegalStateException("shellcheck failed: " + result.stderr());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Report(blocks, findings);
  }
}
