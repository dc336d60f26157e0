package org.paperdigest.digest.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A piece of raw HTML in running text, as Markdown reads it: an open or closing tag, a comment, a
 * processing instruction or declaration.
 *
 * @param text the source of the piece
 * @param position where its {@code <} is
 * @since 0.1.0
 */
public record RawHtml(String text, SourcePosition position) {

  /**
   * Checks the record's invariants.
   *
   * @param text the source of the piece
   * @param position where its {@code <} is
   * @throws NullPointerException if a component is {@code null}
   * @since 0.1.0
   */
  public RawHtml {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(position, "position");
  }

  /**
   * Whether this is an HTML comment, {@code <!-- ... -->}.
   *
   * @return whether it is a comment
   * @since 0.1.0
   */
  public boolean isComment() {
    return text.startsWith("<!--");
  }

  /**
   * The tag's element name in lower case ({@code think} for {@code <think>} and {@code </think>}).
   *
   * @return the name, or empty when this is not an open or closing tag
   * @since 0.1.0
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
