package org.paperdigest.maven.report;

import java.util.Locale;

/**
 * Escaping for the HTML report: digest content is shown, never interpreted, whether it goes into
 * text, an attribute value or the JSON the page's script reads.
 */
final class Html {

  private Html() {}

  /** {@code n} with a comma between thousands, as the page's script writes counts: 25,000. */
  static String count(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** {@code n} and the word for what is counted, in the plural unless one: 1 file, 4,968 files. */
  static String count(int n, String word) {
    String words = ConsoleReport.plural(n, word);
    return count(n) + words.substring(words.indexOf(' '));
  }

  /** {@code text} escaped for HTML text and attribute values. */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * Appends {@code text} as a JSON string literal that is safe inside a {@code <script>} element:
   * {@code <}, {@code >} and {@code &} are written as {@code \}{@code u} escapes, so no {@code
   * </script>} or {@code <!--} can end or bend the element, and so are line and paragraph
   * separators and unpaired surrogates (which UTF-8 cannot carry), so the script reads the text
   * exactly.
   */
  static StringBuilder appendJson(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
        unicodeEscape(out, c);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        unicodeEscape(out, c);
      } else {
        out.append(c);
      }
    }
    return out.append('"');
  }

  private static void unicodeEscape(StringBuilder out, char c) {
    out.append("\\u");
    String hex = Integer.toHexString(c);
    out.append("0".repeat(4 - hex.length())).append(hex);
  }
}
