package chat.k1te.workflows.pipeline;

import chat.k1te.contracts.Stack;

/** Versions and paths every generated workflow agrees on. */
final class Toolchain {
  private Toolchain() {}

  static final String JAVA_VERSION = "17";

  /**
   * The JDK the jvm-aot Lambda package is jlinked from (its AOT cache must be recorded by the JDK
   * it ships); set up before {@link #JAVA_VERSION}, which stays the build's JAVA_HOME, and found by
   * the packaging through setup-java's {@code JAVA_HOME_25_<ARCH>}.
   */
  static final String AOT_JAVA_VERSION = "25";

  static final String NODE_VERSION = "24";

  /** The shaded CLI the composite actions run (built by {@code setup-build}). */
  static final String KITE_CI = "java -jar workflow-gen/target/kite-ci.jar";

  /** The node tools' lock file: the npm cache key. */
  static final String TOOLS_LOCK = "tools/package-lock.json";

  /** Where the synthesized stacks travel between jobs. */
  static final String SYNTH_ARTIFACT = "cdktf-out";

  static final String SYNTH_DIR = Stack.SYNTH_ROOT;
}
