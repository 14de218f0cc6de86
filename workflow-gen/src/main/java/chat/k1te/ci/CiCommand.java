package chat.k1te.ci;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every CI verb: prints only through picocli's writers and turns expected failures into one
 * line on stderr plus a named exit code, never a stack trace.
 */
public abstract class CiCommand implements Callable<Integer> {
  @Spec protected CommandSpec spec;

  protected final CiEnvironment environment;

  protected CiCommand(CiEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public final Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      return run(out, err);
    } catch (RuntimeException e) {
      err.println("✘ " + ExitCode.message(e));
      return ExitCode.of(e);
    } finally {
      out.flush();
      err.flush();
      afterRun();
    }
  }

  /** Runs after the verdict is printed and flushed (e.g. to release a waiting shutdown hook). */
  protected void afterRun() {}

  /** Does the work; returns one of {@link ExitCode}. */
  protected abstract int run(PrintWriter out, PrintWriter err);
}
