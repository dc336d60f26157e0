package org.paperdigest.digest.model;

import java.util.Objects;

/**
 * A block that is none of the parts of an entry, found between a header and its first entry or
 * inside an entry; {@code description} says what it is ("a paragraph", "a second Vote: line").
 */
public record StrayBlock(String description, SourcePosition position) {

  public StrayBlock {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(position, "position");
  }
}
