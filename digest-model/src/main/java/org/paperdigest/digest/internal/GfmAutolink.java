package org.paperdigest.digest.internal;

/**
 * The extent GitHub gives a bare URL: GFM's extended URL autolink as cmark-gfm's autolink extension
 * finds it (0.29.0.gfm.6, the C library behind GitHub's Markdown). From the {@code :} of {@code
 * http://}, {@code https://} or {@code ftp://} it takes the letters before it as the scheme, needs
 * a host character after the slashes, refuses a host with an underscore in its last two labels,
 * runs to the next ASCII space, and then drops trailing punctuation, a trailing {@code ;} entity
 * and unbalanced closing parentheses. Whatever else follows the URL, Hangul, a closing bracket, a
 * quote or emphasis markers, stays in the link. commonmark-java's autolinker splits differently;
 * this is what a reader on GitHub clicks.
 */
public final class GfmAutolink {

  private GfmAutolink() {}

  /**
   * Where GitHub's link ends (exclusive) for the bare URL whose scheme starts at {@code start} in
   * {@code line}, or -1 when GitHub does not link a URL starting there. {@code line} is the text of
   * one source line: a URL ends at the line's end, as at any space. {@code lastLine} says whether
   * the line ends its paragraph, where cmark-gfm's domain check leaves the last character unread.
   */
  public static int end(String line, int start, boolean lastLine) {
    int colon = start;
    while (colon < line.length() && AsciiChars.isLetter(line.charAt(colon))) {
      colon++;
    }
    if (colon == start
        || (start > 0 && AsciiChars.isLetter(line.charAt(start - 1)))
        || !line.startsWith("://", colon)
        || !isSafeScheme(line, start, colon)) {
      return -1;
    }
    int host = colon + 3;
    if (host >= line.length() || !isHostChar(line.codePointAt(host))) {
      return -1;
    }
    int checked = lastLine ? line.stripTrailing().length() - 1 : line.length();
    if (underscoreInLastLabels(line, host, checked)) {
      return -1;
    }
    int end = host;
    while (end < line.length() && !isSpace(line.charAt(end))) {
      end++;
    }
    int trimmed = trimmedEnd(line, start, end);
    return trimmed == start ? -1 : trimmed;
  }

  private static boolean isSafeScheme(String line, int start, int colon) {
    int length = colon - start;
    return (length == 4 && line.regionMatches(true, start, "http", 0, 4))
        || (length == 5 && line.regionMatches(true, start, "https", 0, 5))
        || (length == 3 && line.regionMatches(true, start, "ftp", 0, 3));
  }

  /**
   * cmark-gfm's domain check: from the host's second character to before {@code end}, labels are
   * read up to the first character that is not a host character (the first non-ASCII character ends
   * it as well, since the C code reads byte by byte); an underscore in either of the last two
   * labels read means no link.
   */
  private static boolean underscoreInLastLabels(String line, int host, int end) {
    int last = 0;
    int beforeLast = 0;
    for (int i = host + 1; i < end; i++) {
      char c = line.charAt(i);
      if (c == '_') {
        last++;
      } else if (c == '.') {
        beforeLast = last;
        last = 0;
      } else if (c >= 0x80 || (!isHostChar(c) && c != '-')) {
        break;
      }
    }
    return last > 0 || beforeLast > 0;
  }

  /**
   * cmark-gfm's {@code autolink_delim}: the end of the link that starts at {@code start} and would
   * run to {@code end}, cut at a {@code <}, then without trailing {@code ?!.,:*_~'"}, a trailing
   * entity-like {@code &name;} (or a lone {@code ;}), and a trailing {@code )} while the link holds
   * more closing than opening parentheses.
   */
  public static int trimmedEnd(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == '<') {
        end = i;
        break;
      }
    }
    while (end > start) {
      char last = text.charAt(end - 1);
      if ("?!.,:*_~'\"".indexOf(last) >= 0) {
        end--;
      } else if (last == ';') {
        int at = end - 2;
        while (at > start && AsciiChars.isLetter(text.charAt(at))) {
          at--;
        }
        end = at < end - 2 && at >= start && text.charAt(at) == '&' ? at : end - 1;
      } else if (last == ')') {
        int opening = 0;
        int closing = 0;
        for (int i = start; i < end; i++) {
          char c = text.charAt(i);
          if (c == '(') {
            opening++;
          } else if (c == ')') {
            closing++;
          }
        }
        if (closing <= opening) {
          break;
        }
        end--;
      } else {
        break;
      }
    }
    return end;
  }

  /** cmark's {@code cmark_isspace}: space, tab, line feed and carriage return only. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** Neither a Unicode space (Zs, tab, line ends, form feed) nor punctuation (ASCII or P*). */
  static boolean isHostChar(int cp) {
    if (cp < 0x80) {
      return !(cp == 9 || cp == 10 || cp == 12 || cp == 13 || cp == 32)
          && !AsciiChars.isPunctuation((char) cp);
    }
    return switch (Character.getType(cp)) {
      case Character.SPACE_SEPARATOR,
          Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION ->
          false;
      default -> true;
    };
  }
}
