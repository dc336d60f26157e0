package org.paperdigest.digest.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A digest header and the entries under it. A file whose first entry comes before any header starts
 * with a section that has no header.
 */
public record Section(Optional<DateHeader> header, List<Entry> entries) {

  public Section {
    Objects.requireNonNull(header, "header");
    entries = List.copyOf(entries);
  }
}
