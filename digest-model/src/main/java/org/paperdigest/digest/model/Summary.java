package org.paperdigest.digest.model;

import java.util.List;
import java.util.Objects;

/**
 * The summary of an entry: every bullet or numbered list block of the entry, taken together, and
 * their items in source order.
 */
public record Summary(SourcePosition position, List<SummaryItem> items) {

  public Summary {
    Objects.requireNonNull(position, "position");
    items = List.copyOf(items);
  }
}
