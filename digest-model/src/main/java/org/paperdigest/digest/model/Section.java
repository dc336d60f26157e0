package org.paperdigest.digest.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A digest header and the entries under it. A file whose first entry comes before any header starts
 * with a section that has no header.
 *
 * @param header the header, when the section has one
 * @param entries the entries, in order
 * @since 0.1.0
 */
public record Section(Optional<DateHeader> header, List<Entry> entries) {

  /**
   * Checks the record's invariants, and copies the list.
   *
   * @param header the header, when the section has one
   * @param entries the entries, in order
   * @throws NullPointerException if a component is {@code null} or an entry is
   * @since 0.1.0
   */
  public Section {
    Objects.requireNonNull(header, "header");
    entries = List.copyOf(entries);
  }
}
