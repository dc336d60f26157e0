package org.paperdigest.digest.internal.parse;

import java.util.ArrayList;
import java.util.List;
import org.paperdigest.digest.internal.AsciiChars;
import org.paperdigest.digest.model.AuthorItem;
import org.paperdigest.digest.model.AuthorList;
import org.paperdigest.digest.model.SourcePosition;
import org.paperdigest.digest.model.Votes;

/**
 * Reads the {@code Vote:} and {@code Authors:} lines of an entry from their raw source. A label is
 * {@code Vote:} or {@code Votes:} ({@code Author:}, {@code Authors:}) after any ASCII whitespace at
 * the start of the line, as {@code ^(\s*)Votes?:} matches it; read by hand, since it is asked of
 * every line of every entry.
 */
final class MetadataLines {

  private MetadataLines() {}

  static boolean isVotes(String line) {
    return labelEnd(line, "Vote") >= 0;
  }

  static boolean isAuthors(String line) {
    return labelEnd(line, "Author") >= 0;
  }

  /** {@code line} is the raw text of one source line, starting at 0-based {@code column}. */
  static Votes votes(String line, int lineIndex, int column) {
    int labelEnd = labelEnd(line, "Vote");
    int valueStart = skipSpaces(line, labelEnd);
    String value = line.substring(valueStart).strip();
    return new Votes(
        value,
        SourceLines.position(lineIndex, column + indentEnd(line)),
        SourceLines.position(lineIndex, column + valueStart));
  }

  /**
   * The items are the comma-separated slots after the label, each {@link String#strip() stripped}
   * and placed at its first character; a line with nothing but whitespace after the label has none.
   * Each item is cut from the line once, at bounds found by {@link Character#isWhitespace(char)} as
   * {@code strip} finds them (no whitespace character is outside the Basic Multilingual Plane). A
   * value written as code is read for the names inside: a list literal ({@code ['A', "B"]}) item by
   * item, quotes around an item and a leading {@code and } dropped from it (DG117 reports them).
   */
  static AuthorList authors(String line, int lineIndex, int column) {
    int labelEnd = labelEnd(line, "Author");
    String rest = stripTrailingBreak(line);
    SourcePosition position = SourceLines.position(lineIndex, column + indentEnd(line));
    int valueStart = firstNonWhitespace(rest, labelEnd, rest.length());
    if (valueStart < rest.length()
        && (rest.charAt(valueStart) == '[' || isQuote(rest.charAt(valueStart)))) {
      AuthorList literal = CodeLiteral.read(rest, valueStart, lineIndex, column, position);
      if (literal != null) {
        return literal;
      }
    }
    AuthorNotation notations = new AuthorNotation(lineIndex, column);
    List<AuthorItem> items = new ArrayList<>();
    int slotStart = labelEnd;
    if (valueStart < rest.length()) {
      while (true) {
        int comma = rest.indexOf(',', slotStart);
        int slotEnd = comma < 0 ? rest.length() : comma;
        int first = firstNonWhitespace(rest, slotStart, slotEnd);
        int end = slotEnd;
        while (end > first && Character.isWhitespace(rest.charAt(end - 1))) {
          end--;
        }
        items.add(notations.item(rest, first, end));
        if (comma < 0) {
          break;
        }
        slotStart = comma + 1;
      }
    }
    return notations.list(position, items);
  }

  static boolean isQuote(char c) {
    return c == '\'' || c == '"';
  }

  /**
   * Where {@code word}, an optional {@code s} and a colon end, when they follow the line's leading
   * whitespace; -1 when the line is not so labelled.
   */
  static int labelEnd(String line, String word) {
    int i = indentEnd(line);
    if (!line.startsWith(word, i)) {
      return -1;
    }
    i += word.length();
    if (i < line.length() && line.charAt(i) == 's') {
      i++;
    }
    return i < line.length() && line.charAt(i) == ':' ? i + 1 : -1;
  }

  /** The end of the leading run of {@code [ \t\n\x0B\f\r]}, regex's {@code \s}. */
  static int indentEnd(String line) {
    int i = 0;
    while (i < line.length() && AsciiChars.isRegexSpace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The first index from {@code from} to {@code to} that is not whitespace, else {@code to}. */
  static int firstNonWhitespace(String text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipSpaces(String line, int from) {
    int i = from;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** Drops trailing spaces and a trailing backslash, CommonMark's hard line breaks. */
  private static String stripTrailingBreak(String line) {
    String stripped = line.stripTrailing();
    return stripped.endsWith("\\") ? stripped.substring(0, stripped.length() - 1) : stripped;
  }
}
