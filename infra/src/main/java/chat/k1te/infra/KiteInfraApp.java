package chat.k1te.infra;

import chat.k1te.contracts.Stack;
import chat.k1te.infra.config.InfraInputs;
import chat.k1te.infra.config.InvalidInputException;
import chat.k1te.infra.stacks.KiteStacks;
import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Synthesizes the Kite chat stacks to Terraform JSON: {@code mvn -pl infra -am compile exec:java}.
 */
@Command(
    name = "kite-infra",
    mixinStandardHelpOptions = true,
    description = {
      "Synthesizes the Kite chat Terraform stacks into <outdir>/stacks/<stack>/cdk.tf.json.",
      "Inputs (environment, all optional): KITE_REPOSITORY (owner/name trusted by the OIDC"
          + " roles, default pragmasoft-ua/kite-chat), KITE_DOMAIN (Cloudflare-hosted custom"
          + " domain), KITE_LAMBDA_PACKAGING (native | jvm | jvm-aot, default native),"
          + " KITE_ALARM_EMAIL (subscribed to the stages' alarm topics), KITE_BUDGET_DEV_USD and"
          + " KITE_BUDGET_PROD_USD (monthly budgets, default 10 and 50),"
          + " KITE_LAMBDA_ARCHITECTURE (arm64 | x86_64, default arm64),"
          + " KITE_EXISTING_GITHUB_OIDC_PROVIDER (true: look GitHub's OIDC provider up instead of"
          + " creating it; default false), KITE_INSTALLATION (prefix of every account-unique"
          + " name, so a second installation can share the AWS account; default kite)."
    },
    exitCodeOnInvalidInput = 2)
public final class KiteInfraApp implements Callable<Integer> {
  /** Set by the infra pom to {@code infra/cdktf.out}; the cdktf CLI sets CDKTF_OUTDIR instead. */
  static final String OUTDIR_PROPERTY = "kite.infra.outdir";

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "STACK",
      arity = "0..*",
      description = "Stacks to synthesize (default: all): local, kite-build, kite-dev, kite-prod.")
  List<String> stackNames = List.of();

  @Option(
      names = "--outdir",
      description =
          "Output folder (default: system property kite.infra.outdir, CDKTF_OUTDIR,"
              + " or cdktf.out).")
  Path outdir;

  private final Map<String, String> environment;

  public KiteInfraApp(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  public static void main(String[] args) {
    int exit = commandLine(System.getenv()).execute(args);
    System.exit(exit);
  }

  static CommandLine commandLine(Map<String, String> environment) {
    CommandLine cli = new CommandLine(new KiteInfraApp(environment));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof InvalidInputException || e instanceof IllegalArgumentException) {
            commandLine.getErr().println("kite-infra: " + e.getMessage());
            return 2;
          }
          throw e;
        });
    return cli;
  }

  @Override
  public Integer call() {
    List<Stack> stacks =
        stackNames.isEmpty()
            ? Arrays.asList(Stack.values())
            : stackNames.stream().map(KiteInfraApp::stack).toList();
    InfraInputs inputs = InfraInputs.fromEnvironment(environment);
    String out = resolveOutdir();
    App app = new App(AppConfig.builder().outdir(out).skipValidation(false).build());
    KiteStacks.add(app, inputs, stacks);
    app.synth();
    PrintWriter stdout = spec.commandLine().getOut();
    stacks.forEach(s -> stdout.println("synthesized " + out + "/stacks/" + s.stackName()));
    return 0;
  }

  private static Stack stack(String name) {
    try {
      return Stack.byName(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("STACK", e.getMessage());
    }
  }

  private String resolveOutdir() {
    if (outdir != null) {
      return outdir.toString();
    }
    String cli = environment.get("CDKTF_OUTDIR");
    if (cli != null && !cli.isBlank()) {
      return cli;
    }
    String property = System.getProperty(OUTDIR_PROPERTY);
    return property == null || property.isBlank() ? "cdktf.out" : property;
  }
}
