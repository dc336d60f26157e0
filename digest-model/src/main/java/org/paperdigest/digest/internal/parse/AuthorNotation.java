package org.paperdigest.digest.internal.parse;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.paperdigest.digest.model.AuthorItem;
import org.paperdigest.digest.model.AuthorList;
import org.paperdigest.digest.model.AuthorList.Notation;
import org.paperdigest.digest.model.SourcePosition;

/**
 * Makes the items of one {@code Authors:} line, reading each name out of the code notation it may
 * be written in (quotes around it, a leading {@code and }), and notes that notation and where it
 * first shows for DG117.
 */
final class AuthorNotation {

  private static final String AND = "and ";

  private final int lineIndex;
  private final int column;
  private Set<Notation> found = Set.of();
  private SourcePosition first;

  /**
   * For a line with 0-based index {@code lineIndex} whose text starts at 0-based {@code column}.
   */
  AuthorNotation(int lineIndex, int column) {
    this.lineIndex = lineIndex;
    this.column = column;
  }

  /**
   * The item written from {@code start} to {@code end} of {@code line} (stripped): without quotes
   * around it and a leading {@code and }, placed at the name's first character.
   */
  AuthorItem item(String line, int start, int end) {
    if (end - start >= 2
        && MetadataLines.isQuote(line.charAt(start))
        && line.charAt(end - 1) == line.charAt(start)) {
      note(Notation.QUOTES, start);
      start = MetadataLines.firstNonWhitespace(line, start + 1, end - 1);
      end--;
      while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
        end--;
      }
    }
    return name(line.substring(start, end), start);
  }

  /**
   * The item {@code name}, already read out of its quotes, whose first character is at {@code at}.
   */
  AuthorItem name(String name, int at) {
    if (name.length() > AND.length() && name.startsWith(AND)) {
      note(Notation.AND_PREFIX, at);
      int skip = MetadataLines.firstNonWhitespace(name, AND.length(), name.length());
      return new AuthorItem(name.substring(skip), position(at + skip));
    }
    return new AuthorItem(name, position(at));
  }

  /** Notes {@code notation}, seen at index {@code at} of the line. */
  void note(Notation notation, int at) {
    if (found.isEmpty()) {
      found = EnumSet.of(notation);
      first = position(at);
    } else {
      found.add(notation);
    }
  }

  AuthorList list(SourcePosition position, List<AuthorItem> items) {
    return found.isEmpty()
        ? new AuthorList(position, items)
        : new AuthorList(position, items, found, first);
  }

  private SourcePosition position(int index) {
    return SourceLines.position(lineIndex, column + index);
  }
}
