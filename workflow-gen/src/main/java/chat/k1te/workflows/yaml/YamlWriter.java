package chat.k1te.workflows.yaml;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one YAML emitter: block style, two-space indent, no line wrapping, literal blocks for
 * multi-line strings, and a fixed quoting rule (plain when unambiguous, else single quotes). Input
 * is ordered maps, lists, strings, integers, booleans and {@link Commented}; anything else fails.
 */
public final class YamlWriter {
  private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  private static final Pattern PLAIN =
      Pattern.compile("[A-Za-z0-9_./$][A-Za-z0-9 _./$(){}\\[\\]*,'\"=<>!&|+@~^%?:\\\\-]*");
  private static final Pattern NUMBER_LIKE =
      Pattern.compile(
          "[-+]?(\\.?[0-9][0-9_.,:eE+-]*|\\.inf|\\.nan|0x[0-9a-fA-F]+|0o[0-7]+)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RESERVED =
      Pattern.compile("(true|false|yes|no|y|n|on|off|null|~)", Pattern.CASE_INSENSITIVE);

  private YamlWriter() {}

  /** The document: each header line as a comment, then the mapping. */
  public static String write(List<String> header, Map<String, ?> root) {
    StringBuilder out = new StringBuilder();
    header.forEach(line -> out.append("# ").append(line).append('\n'));
    writeMap(out, root, 0);
    return out.toString();
  }

  private static void writeMap(StringBuilder out, Map<String, ?> map, int indent) {
    map.forEach(
        (key, value) -> {
          out.append(" ".repeat(indent)).append(key(key)).append(':');
          writeValue(out, value, indent);
        });
  }

  private static void writeValue(StringBuilder out, Object value, int indent) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append(" {}\n");
      } else {
        out.append('\n');
        writeMap(out, asStringMap(map), indent + 2);
      }
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append(" []\n");
      } else {
        out.append('\n');
        writeList(out, list, indent + 2);
      }
    } else if (value instanceof String s && s.contains("\n")) {
      writeLiteral(out, s, indent + 2);
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  private static void writeList(StringBuilder out, List<?> list, int indent) {
    for (Object item : list) {
      if (item instanceof Map<?, ?> map && !map.isEmpty()) {
        StringBuilder nested = new StringBuilder();
        writeMap(nested, asStringMap(map), indent + 2);
        out.append(" ".repeat(indent)).append("- ").append(nested.substring(indent + 2));
      } else if (item instanceof Map<?, ?> || item instanceof List<?>) {
        throw new IllegalArgumentException(
            "Empty maps and nested lists inside lists are not emitted");
      } else {
        out.append(" ".repeat(indent)).append("- ").append(scalar(item)).append('\n');
      }
    }
  }

  private static void writeLiteral(StringBuilder out, String text, int indent) {
    if (text.startsWith(" ") || text.startsWith("\n")) {
      throw new IllegalArgumentException(
          "A multi-line value must not start with blank space: " + text);
    }
    if (text.endsWith("\n\n")) {
      throw new IllegalArgumentException("A multi-line value must end with at most one newline");
    }
    boolean trailingNewline = text.endsWith("\n");
    out.append(trailingNewline ? " |\n" : " |-\n");
    String body = trailingNewline ? text.substring(0, text.length() - 1) : text;
    for (String line : body.split("\n", -1)) {
      if (line.endsWith(" ") || line.contains("\t")) {
        throw new IllegalArgumentException(
            "Trailing blanks or tabs in a literal block: '" + line + "'");
      }
      if (!line.isEmpty()) {
        out.append(" ".repeat(indent)).append(line);
      }
      out.append('\n');
    }
  }

  static String key(String key) {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("Unsupported YAML key '" + key + "'");
    }
    return key;
  }

  /** A one-line scalar, plain when that reads back as the same string, else single-quoted. */
  static String scalar(Object value) {
    if (value instanceof Boolean || value instanceof Integer) {
      return value.toString();
    }
    if (value instanceof Commented c) {
      return scalar(c.value()) + " # " + c.comment();
    }
    if (value instanceof String s) {
      if (s.contains("\n")) {
        throw new IllegalArgumentException("Multi-line string in a list is not supported: " + s);
      }
      return isPlain(s) ? s : "'" + s.replace("'", "''") + "'";
    }
    throw new IllegalArgumentException(
        "Cannot emit " + (value == null ? "null" : value.getClass().getName()) + " as YAML");
  }

  private static boolean isPlain(String s) {
    return PLAIN.matcher(s).matches()
        && !s.endsWith(" ")
        && !s.endsWith(":")
        && !s.contains(": ")
        && !s.contains(" #")
        && !RESERVED.matcher(s).matches()
        && !NUMBER_LIKE.matcher(s).matches();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> asStringMap(Map<?, ?> map) {
    map.keySet()
        .forEach(
            k -> {
              if (!(k instanceof String)) {
                throw new IllegalArgumentException("YAML keys must be strings, got " + k);
              }
            });
    return (Map<String, ?>) map;
  }
}
