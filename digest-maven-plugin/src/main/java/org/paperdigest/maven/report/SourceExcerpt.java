package org.paperdigest.maven.report;

import java.util.Objects;

/**
 * The source line of a finding and the span in it the finding is about, for highlighting. A finding
 * carries a start column, not an end, so the span is the Markdown construct that starts there: a
 * link or image up to its closing parenthesis, an autolink or HTML tag up to {@code >}, a bare URL
 * up to white space, a heading the whole line, and anything else (an author name, a vote count) up
 * to the next comma or the end of the line. A line of more than {@link #MAX_CHARS} characters is
 * cut to a window of that many around the span, with an ellipsis at each cut end, so that one
 * pathological line cannot swell a report; any other line is kept whole, as the report shows it.
 *
 * @param text the line, or the window of it
 * @param start where the span starts in {@code text} (UTF-16 index)
 * @param end where the span ends in {@code text}, exclusive
 */
public record SourceExcerpt(String text, int start, int end) {

  static final int MAX_CHARS = 10_000;

  /** How much of a cut line's window comes before the span. */
  static final int WINDOW_BEFORE = 1_000;

  public SourceExcerpt {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || end > text.length()) {
      throw new IllegalArgumentException(
          "span " + start + "-" + end + " outside a text of " + text.length());
    }
  }

  /** The excerpt of {@code line} for a finding at 1-based UTF-16 {@code column}. */
  public static SourceExcerpt of(String line, int column) {
    int start = Math.min(Math.max(0, column - 1), line.length());
    int end = Math.max(start, spanEnd(line, start));
    if (line.length() <= MAX_CHARS) {
      return new SourceExcerpt(line, start, end);
    }
    int from = Math.max(0, Math.min(start - WINDOW_BEFORE, line.length() - MAX_CHARS));
    int to = from + MAX_CHARS;
    // Never cut a surrogate pair in two: the half left would show as a broken character.
    if (from > 0 && Character.isLowSurrogate(line.charAt(from))) {
      from++;
    }
    if (to < line.length() && Character.isLowSurrogate(line.charAt(to))) {
      to--;
    }
    String head = from > 0 ? "…" : "";
    return new SourceExcerpt(
        head + line.substring(from, to) + (to < line.length() ? "…" : ""),
        head.length() + start - from,
        head.length() + Math.min(end, to) - from);
  }

  /** The text before the span. */
  public String before() {
    return text.substring(0, start);
  }

  /** The span the finding is about. */
  public String span() {
    return text.substring(start, end);
  }

  /** The text after the span. */
  public String after() {
    return text.substring(end);
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
