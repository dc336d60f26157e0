package org.paperdigest.digest.model;

import java.util.List;
import java.util.Objects;

/** An {@code Authors:} line and its items in order. */
public record AuthorList(SourcePosition position, List<AuthorItem> items) {

  public AuthorList {
    Objects.requireNonNull(position, "position");
    items = List.copyOf(items);
  }

  /** The items that are names, in order. */
  public List<AuthorItem> names() {
    return items.stream().filter(AuthorItem::isName).toList();
  }
}
