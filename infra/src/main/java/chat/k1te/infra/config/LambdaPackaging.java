package chat.k1te.infra.config;

import chat.k1te.contracts.Artifacts;
import chat.k1te.contracts.KiteFunction;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the Lambda code is packaged: a GraalVM native {@code bootstrap}, a JVM jar on the managed
 * runtime, or a jlinked JDK 25 with an AOT cache behind a {@code bootstrap} script.
 */
public enum LambdaPackaging {
  /** arm64 native executable on the OS-only runtime. */
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

  /** The artifact key with {@code commitExpression} (e.g. a Terraform reference) as the commit. */
  public String artifactKey(String commitExpression) {
    String sample =
        switch (this) {
          case NATIVE -> Artifacts.nativeFunctionKey(SAMPLE_SHA);
          case JVM -> Artifacts.jvmFunctionKey(SAMPLE_SHA);
          case JVM_AOT -> Artifacts.jvmAotFunctionKey(SAMPLE_SHA);
        };
    return sample.replace(SAMPLE_SHA, commitExpression);
  }

  /** The lower-case name used in {@code KITE_LAMBDA_PACKAGING}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static LambdaPackaging parse(String input, String value) {
    return Arrays.stream(values())
        .filter(p -> p.id().equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    input,
                    "expected one of "
                        + Arrays.stream(values())
                            .map(LambdaPackaging::id)
                            .collect(Collectors.joining(", "))
                        + ", got '"
                        + value
                        + "'"));
  }
}
