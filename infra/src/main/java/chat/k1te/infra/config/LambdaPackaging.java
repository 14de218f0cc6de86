package chat.k1te.infra.config;

import chat.k1te.contracts.Architecture;
import chat.k1te.contracts.Artifacts;
import chat.k1te.contracts.Choices;
import chat.k1te.contracts.KiteFunction;
import chat.k1te.contracts.PackageFile;
import java.util.Locale;

/**
 * How the Lambda code is packaged: a GraalVM native {@code bootstrap}, a JVM jar on the managed
 * runtime, or a jlinked JDK 25 with an AOT cache behind a {@code bootstrap} script. Independent of
 * the {@link Architecture}: every packaging exists for both.
 */
public enum LambdaPackaging {
  /** native executable on the OS-only runtime. */
  NATIVE("provided.al2023"),
  /** the managed Java 21 runtime calling {@link KiteFunction#handler()}. */
  JVM("java21"),
  /**
   * the OS-only runtime running our own JDK 25 (jlinked into the zip) with the AOT cache a training
   * run recorded: the fastest start that can be built and measured without GraalVM.
   */
  JVM_AOT("provided.al2023");

  /** Stands in for the commit while deriving the key template from {@link Artifacts}. */
  private static final String SAMPLE_SHA = "0".repeat(40);

  private final String runtime;

  LambdaPackaging(String runtime) {
    this.runtime = runtime;
  }

  public String runtime() {
    return runtime;
  }

  /**
   * The handler setting. The same for every packaging: each {@code bootstrap} (native, or the
   * jvm-aot script) runs our runtime loop, which picks the handler from {@code _HANDLER}.
   */
  public String handler(KiteFunction function) {
    return function.handler();
  }

  /**
   * The artifact key of this packaging built for {@code architecture}, with {@code
   * commitExpression} (e.g. a Terraform reference) as the commit.
   */
  public String artifactKey(String commitExpression, Architecture architecture) {
    return Artifacts.functionKey(SAMPLE_SHA, architecture, packageFile())
        .replace(SAMPLE_SHA, commitExpression);
  }

  /** The file a build leaves for this packaging. */
  public PackageFile packageFile() {
    return switch (this) {
      case NATIVE -> PackageFile.NATIVE;
      case JVM -> PackageFile.JVM;
      case JVM_AOT -> PackageFile.JVM_AOT;
    };
  }

  /** The lower-case name used in {@code KITE_LAMBDA_PACKAGING}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static LambdaPackaging parse(String input, String value) {
    try {
      return Choices.byName(values(), LambdaPackaging::id, value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(input, e.getMessage());
    }
  }
}
