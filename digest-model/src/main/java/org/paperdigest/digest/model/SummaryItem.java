package org.paperdigest.digest.model;

import java.util.List;
import java.util.Objects;

/**
 * One item of an entry's summary list, nested items included.
 *
 * @param text its own plain text (not that of the items nested in it)
 * @param position where the item starts
 * @param html the raw HTML in its own text
 * @since 0.1.0
 */
public record SummaryItem(String text, SourcePosition position, List<RawHtml> html) {

  /**
   * Checks the record's invariants, and copies the list.
   *
   * @param text its own plain text (not that of the items nested in it)
   * @param position where the item starts
   * @param html the raw HTML in its own text
   * @throws NullPointerException if a component is {@code null} or a piece of HTML is
   * @since 0.1.0
   */
  public SummaryItem {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(position, "position");
    html = List.copyOf(html);
  }
}
