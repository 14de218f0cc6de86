package chat.k1te.ci;

import chat.k1te.ci.codebuild.Cancellation;
import chat.k1te.workflows.cli.KiteCi;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code kite-ci} in-process with a given environment and captures its output. */
public final class CiRun {
  /** Exit code and captured stdout/stderr of one run. */
  public record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "\n--- err\n" + err;
    }
  }

  private CiRun() {}

  public static Result run(Map<String, String> environment, String... args) {
    return run(environment, new Cancellation(), args);
  }

  public static Result run(
      Map<String, String> environment, Cancellation cancellation, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine =
        KiteCi.commandLine(new CiFactory(new CiEnvironment(environment), cancellation));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
