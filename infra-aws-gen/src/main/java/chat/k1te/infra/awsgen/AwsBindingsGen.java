package chat.k1te.infra.awsgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes (or checks) infra's generated AWS bindings. */
@Command(
    name = "aws-bindings-gen",
    mixinStandardHelpOptions = true,
    description = {
      "Generates infra's lean AWS provider bindings (package chat.k1te.infra.aws) for exactly the"
          + " classes infra's sources import, from the provider jar's jsii assembly.",
      "Exit codes: 0 written or up to date, 1 stale (with --check), 2 bad usage."
    })
public final class AwsBindingsGen implements Callable<Integer> {
  @Option(
      names = "--sources",
      description = "infra's main source root (default: <kite.root>/infra/src/main/java).")
  Path sources;

  @Option(names = "--check", description = "Only compare; list stale files and exit 1.")
  boolean check;

  public static void main(String[] args) {
    System.exit(new CommandLine(new AwsBindingsGen()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    Path root = sources != null ? sources : defaultSources();
    Map<String, String> expected = AwsBindings.generate(root);
    Map<String, String> committed = AwsBindings.committed(root);
    List<String> stale = AwsBindings.stale(expected, committed);
    if (check) {
      stale.forEach(file -> System.out.println("stale: " + file));
      return stale.isEmpty() ? 0 : 1;
    }
    for (String file : committed.keySet()) {
      if (!expected.containsKey(file)) {
        Files.delete(root.resolve(file));
      }
    }
    for (var file : expected.entrySet()) {
      Path target = root.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue());
    }
    System.out.println(stale.size() + " of " + expected.size() + " generated files changed");
    return 0;
  }

  static Path defaultSources() {
    return Path.of(System.getProperty("kite.root", "."), "infra", "src", "main", "java");
  }
}
