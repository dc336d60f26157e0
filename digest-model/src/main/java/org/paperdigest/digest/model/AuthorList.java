package org.paperdigest.digest.model;

import java.util.ArrayList;
import java.util.Collections;
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
    List<AuthorItem> names = new ArrayList<>(items.size());
    for (AuthorItem item : items) {
      if (item.isName()) {
        names.add(item);
      }
    }
    return Collections.unmodifiableList(names);
  }
}
