package org.paperdigest.digest.model;

import java.util.List;
import java.util.Objects;

/**
 * The summary of an entry: every bullet or numbered list block of the entry, taken together.
 *
 * @param position where the first list starts
 * @param items their items, nested ones included, in source order
 * @since 0.1.0
 */
public record Summary(SourcePosition position, List<SummaryItem> items) {

  /**
   * Checks the record's invariants, and copies the list.
   *
   * @param position where the first list starts
   * @param items their items, nested ones included, in source order
   * @throws NullPointerException if a component is {@code null} or an item is
   * @since 0.1.0
   */
  public Summary {
    Objects.requireNonNull(position, "position");
    items = List.copyOf(items);
  }
}
