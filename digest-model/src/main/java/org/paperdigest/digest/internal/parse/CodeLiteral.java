package org.paperdigest.digest.internal.parse;

import java.util.ArrayList;
import java.util.List;
import org.paperdigest.digest.model.AuthorItem;
import org.paperdigest.digest.model.AuthorList;
import org.paperdigest.digest.model.AuthorList.Notation;
import org.paperdigest.digest.model.SourcePosition;

/**
 * Reads an author value written as a list literal, as a bot's code prints a list of strings: {@code
 * ['Ada Lovelace', "Conan O'Brien", 'and Grace Hopper']}. Quoted items may hold commas and
 * backslash escapes; unquoted ones run to the next comma; a trailing comma inside the brackets adds
 * no item.
 */
final class CodeLiteral {

  private CodeLiteral() {}

  /**
   * The author list written from {@code start} of {@code value} (a line without its trailing break,
   * its text starting at 0-based {@code column}), or {@code null} when it is not a well-formed list
   * literal or quoted list, to be read as plain text instead.
   */
  static AuthorList read(
      String value, int start, int lineIndex, int column, SourcePosition position) {
    AuthorNotation notation = new AuthorNotation(lineIndex, column);
    int end = value.length();
    while (end > start && Character.isWhitespace(value.charAt(end - 1))) {
      end--;
    }
    int i = start;
    boolean brackets = value.charAt(start) == '[';
    if (brackets) {
      if (end - start < 2 || value.charAt(end - 1) != ']') {
        return null;
      }
      notation.note(Notation.BRACKETS, start);
      i++;
      end--;
    }
    List<AuthorItem> items = new ArrayList<>();
    while (true) {
      i = MetadataLines.firstNonWhitespace(value, i, end);
      if (i >= end) {
        break;
      }
      char c = value.charAt(i);
      if (MetadataLines.isQuote(c)) {
        int close = closingQuote(value, i + 1, end, c);
        if (close < 0) {
          return null;
        }
        notation.note(Notation.QUOTES, i);
        int nameStart = MetadataLines.firstNonWhitespace(value, i + 1, close);
        items.add(notation.name(unescape(value.substring(nameStart, close)).strip(), nameStart));
        i = MetadataLines.firstNonWhitespace(value, close + 1, end);
        if (i < end && value.charAt(i) != ',') {
          return null; // text after a closing quote: not a list of strings
        }
      } else {
        int comma = value.indexOf(',', i);
        int slotEnd = comma < 0 || comma > end ? end : comma;
        int itemEnd = slotEnd;
        while (itemEnd > i && Character.isWhitespace(value.charAt(itemEnd - 1))) {
          itemEnd--;
        }
        items.add(notation.item(value, i, itemEnd));
        i = slotEnd;
      }
      if (i >= end) {
        break;
      }
      i++; // the comma
      if (!brackets && MetadataLines.firstNonWhitespace(value, i, end) >= end) {
        items.add(notation.name("", i)); // a trailing comma: an empty item, as in a plain list
      }
    }
    return notation.list(position, items);
  }

  /** The index of the quote that closes a string opened before {@code from}, or -1. */
  private static int closingQuote(String value, int from, int end, char quote) {
    for (int i = from; i < end; i++) {
      char c = value.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote) {
        return i;
      }
    }
    return -1;
  }

  /** The string with {@code \\'}, {@code \\"} and {@code \\\\} unescaped. */
  private static String unescape(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && "'\"\\".indexOf(text.charAt(i + 1)) >= 0) {
        c = text.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }
}
