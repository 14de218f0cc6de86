package chat.k1te.infra.config;

import chat.k1te.contracts.Architecture;
import chat.k1te.contracts.Artifacts;
import chat.k1te.contracts.KiteFunction;
import chat.k1te.contracts.PackageFile;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the Lambda code is packaged: a GraalVM native {@code bootstrap} or a JVM jar. Independent of
 * the {@link Architecture}: every packaging exists for both.
 */
public enum LambdaPackaging {
  /** native executable on the OS-only runtime. */
  NATIVE("provided.al2023"),
  /** the managed Java 21 runtime calling {@link KiteFunction#handler()}. */
  JVM("java21");

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
   * The handler setting. The same for both packagings: the native {@code bootstrap} is one
   * executable for all three functions and picks the handler from {@code _HANDLER}.
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
    };
  }

  /** The lower-case name used in {@code KITE_LAMBDA_PACKAGING}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
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
