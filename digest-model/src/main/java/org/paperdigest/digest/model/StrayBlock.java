package org.paperdigest.digest.model;

import java.util.Objects;

/**
 * A block that is none of the parts of an entry, found between a header and its first entry or
 * inside an entry.
 *
 * @param description what it is, such as "a paragraph" or "a second Vote: line"
 * @param position where it starts
 * @since 0.1.0
 */
public record StrayBlock(String description, SourcePosition position) {

  /**
   * Checks the record's invariants.
   *
   * @param description what it is, such as "a paragraph" or "a second Vote: line"
   * @param position where it starts
   * @throws NullPointerException if a component is {@code null}
   * @since 0.1.0
   */
  public StrayBlock {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(position, "position");
  }
}
