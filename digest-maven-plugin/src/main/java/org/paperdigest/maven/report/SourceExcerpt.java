package org.paperdigest.maven.report;

/**
 * The source line of a finding split around the span it is about, for highlighting. A finding
 * carries a start column, not an end, so the span is the Markdown construct that starts there: a
 * link or image up to its closing parenthesis, an autolink or HTML tag up to {@code >}, a bare URL
 * up to white space, a heading the whole line, and anything else (an author name, a vote count) up
 * to the next comma or the end of the line. Long lines are cut to a window around the span.
 */
public record SourceExcerpt(String before, String span, String after) {

  static final int BEFORE = 80;
  static final int AFTER = 200;

  /** The excerpt of {@code line} for a finding at 1-based UTF-16 {@code column}. */
  public static SourceExcerpt of(String line, int column) {
    int start = Math.min(Math.max(0, column - 1), line.length());
    int end = Math.max(start, spanEnd(line, start));
    int from = Math.max(0, start - BEFORE);
    int to = Math.min(line.length(), Math.max(end, start + AFTER));
    int spanTo = Math.min(end, to);
    return new SourceExcerpt(
        (from > 0 ? "…" : "") + line.substring(from, start),
        line.substring(start, spanTo),
        line.substring(spanTo, to) + (to < line.length() ? "…" : ""));
  }

  static int spanEnd(String line, int start) {
    if (start >= line.length()) {
      return start;
    }
    char c = line.charAt(start);
    if (start == 0 && c == '#') {
      return line.length();
    }
    if (c == '[' || (c == '!' && start + 1 < line.length() && line.charAt(start + 1) == '[')) {
      int close = matching(line, line.indexOf('[', start), '[', ']');
      if (close > 0 && close + 1 < line.length() && line.charAt(close + 1) == '(') {
        int paren = matching(line, close + 1, '(', ')');
        return paren > 0 ? paren + 1 : line.length();
      }
      return close > 0 ? close + 1 : line.length();
    }
    if (c == '(') {
      int paren = matching(line, start, '(', ')');
      return paren > 0 ? paren + 1 : line.length();
    }
    if (c == '<') {
      int close = line.indexOf('>', start);
      return close > 0 ? close + 1 : line.length();
    }
    if (line.startsWith("http://", start)
        || line.startsWith("https://", start)
        || line.startsWith("www.", start)) {
      int end = start;
      while (end < line.length()
          && !Character.isWhitespace(line.charAt(end))
          && "<>\"')".indexOf(line.charAt(end)) < 0) {
        end++;
      }
      return end;
    }
    int end = start + 1;
    while (end < line.length() && ",;|".indexOf(line.charAt(end)) < 0) {
      end++;
    }
    while (end > start + 1 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** The index of the bracket that closes the one at {@code open}, or -1. */
  private static int matching(String line, int open, char opening, char closing) {
    int depth = 0;
    for (int i = open; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == opening) {
        depth++;
      } else if (c == closing && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
