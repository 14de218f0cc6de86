package chat.k1te.workflows.validation;

/** One problem a validator reported. */
record Finding(String tool, String file, int line, String message) {
  @Override
  public String toString() {
    return tool + ": " + file + ":" + line + ": " + message;
  }
}
