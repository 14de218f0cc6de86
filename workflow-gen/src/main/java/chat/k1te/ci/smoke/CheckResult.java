package chat.k1te.ci.smoke;

/** The outcome of one smoke check, printed as one line. */
record CheckResult(String name, boolean passed, String detail) {
  static CheckResult pass(String name, String detail) {
    return new CheckResult(name, true, detail);
  }

  static CheckResult fail(String name, String detail) {
    return new CheckResult(name, false, detail);
  }

  String line() {
    return (passed ? "✔ " : "✘ ") + name + (detail.isEmpty() ? "" : ": " + detail);
  }
}
