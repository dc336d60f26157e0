package org.paperdigest.digest.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A piece of raw HTML in running text, as Markdown reads it: an open or closing tag, a comment, a
 * processing instruction or declaration. {@code text} is the source of the piece, {@code position}
 * its {@code <}.
 */
public record RawHtml(String text, SourcePosition position) {

  public RawHtml {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(position, "position");
  }

  /** Whether this is an HTML comment, {@code <!-- ... -->}. */
  public boolean isComment() {
    return text.startsWith("<!--");
  }

  /**
   * The tag's element name in lower case ({@code think} for {@code <think>} and {@code </think>}),
   * or empty when this is not an open or closing tag.
   */
  public String tagName() {
    int start = text.startsWith("</") ? 2 : 1;
    int end = start;
    while (end < text.length() && isNameChar(text.charAt(end), end == start)) {
      end++;
    }
    return text.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /** CommonMark's tag name: {@code [A-Za-z][A-Za-z0-9-]*}. */
  private static boolean isNameChar(char c, boolean first) {
    boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    return first ? letter : letter || (c >= '0' && c <= '9') || c == '-';
  }
}
