package chat.k1te.ci.codebuild;

import chat.k1te.ci.CiException;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.codebuild.model.EnvironmentVariable;
import software.amazon.awssdk.services.codebuild.model.EnvironmentVariableType;

/** Parses {@code NAME=VALUE} of {@code --env} / {@code --env-parameter} into an override. */
final class EnvironmentOverride {
  /** The variable through which the buildspec learns the commit (the S3 source has no git). */
  static final String COMMIT = "KITE_COMMIT";

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private EnvironmentOverride() {}

  /** The error names the option and the variable, never the value. */
  static EnvironmentVariable parse(String option, String spec, EnvironmentVariableType type) {
    int eq = spec.indexOf('=');
    if (eq < 0 && !NAME.matcher(spec).matches()) {
      throw CiException.invalidInput(
          option
              + " expects NAME=VALUE, got a value without NAME= (not shown: it may be a secret)");
    }
    String name = eq < 0 ? spec : spec.substring(0, eq);
    if (eq < 0 || !NAME.matcher(name).matches()) {
      throw CiException.invalidInput(
          option
              + " expects NAME=VALUE with NAME like MY_VAR, got '"
              + name
              + (eq < 0 ? "'" : "=…'"));
    }
    return EnvironmentVariable.builder()
        .name(name)
        .value(spec.substring(eq + 1))
        .type(type)
        .build();
  }
}
