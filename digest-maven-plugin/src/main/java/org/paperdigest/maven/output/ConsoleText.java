package org.paperdigest.maven.output;

/**
 * Text made one safe line of a console or a CI log, where file names and lines from a pull request
 * end up: a line break in a file name would start a line of its own, and a line that starts with
 * {@code ::} is a GitHub Actions workflow command ({@code ::warning file=...::}, {@code
 * ::add-mask::}, {@code ::stop-commands::}) that the runner obeys. So every control character (C0,
 * DEL and C1, carriage return and tab included), the Unicode line and paragraph separators and the
 * bidirectional controls (which reorder what a terminal shows) are written as {@code \n}, {@code
 * \r}, {@code \t} or {@code \}{@code uXXXX}, and a {@code ::} at the start of the line, after any
 * white space, as {@code \}{@code u003A:}. Everything else is left as it is, so a plain line reads
 * the same.
 */
public final class ConsoleText {

  private ConsoleText() {}

  /** {@code text} as one line that forges no other line and no workflow command. */
  public static String line(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (escaped(c)) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    int start = 0;
    while (start < out.length()
        && (Character.isWhitespace(out.charAt(start))
            || Character.isSpaceChar(out.charAt(start)))) {
      start++;
    }
    if (out.length() - start >= 2 && out.charAt(start) == ':' && out.charAt(start + 1) == ':') {
      out.replace(start, start + 1, "\\u003A");
    }
    return out.toString();
  }

  private static boolean escaped(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u061C'
        || c == '\u200E'
        || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
