package chat.k1te.ci.drift;

/** Escaping for text that lands inside Markdown tables and headings. */
final class Markdown {
  private Markdown() {}

  /** Inline code that survives any content: HTML-escaped, pipes and line breaks neutralised. */
  static String code(String text) {
    StringBuilder escaped = new StringBuilder("<code>");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '|' -> escaped.append("&#124;");
        case '`' -> escaped.append("&#96;");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        default -> escaped.append(c);
      }
    }
    return escaped.append("</code>").toString();
  }
}
