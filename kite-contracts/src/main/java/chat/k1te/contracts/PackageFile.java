package chat.k1te.contracts;

/**
 * The Lambda packages a build leaves for a commit, one file per packaging; the stage stack deploys
 * the one its packaging names.
 */
public enum PackageFile {
  /** GraalVM native {@code bootstrap} for {@code provided.al2023}. */
  NATIVE("native", "function.zip"),
  /** the plain JVM jar for the managed {@code java21} runtime. */
  JVM("jvm", "function-jvm.zip"),
  /** a jlinked JDK with an AOT cache and its own {@code bootstrap}. */
  JVM_AOT("jvm-aot", "function-jvm-aot.zip");

  private final String packaging;
  private final String fileName;

  PackageFile(String packaging, String fileName) {
    this.packaging = packaging;
    this.fileName = fileName;
  }

  /** The packaging name used by inputs and options: {@code native}, {@code jvm}, … */
  public String packaging() {
    return packaging;
  }

  public String fileName() {
    return fileName;
  }

  public static PackageFile byPackaging(String packaging) {
    return Choices.byName(values(), PackageFile::packaging, packaging);
  }
}
