package org.paperdigest.digest;

import java.util.List;
import java.util.Objects;

/**
 * A paper as its record of truth lists it (arXiv's record, for an arXiv id): what the rules that
 * hold an entry to its paper read, DG116 (title), DG121 and DG122 (authors), and DG110's exception
 * for two people who share a name.
 *
 * @param id the arXiv id without version, such as {@code 2401.02954}; never {@code null}
 * @param version the latest version, 1 or more
 * @param title the title as the record has it, which may hold LaTeX and line breaks; never {@code
 *     null}
 * @param authors the author names in the record's order; a name listed twice is two people; never
 *     {@code null}, and empty when the record lists none
 * @since 0.1.0
 */
public record PaperRecord(String id, int version, String title, List<String> authors) {

  /**
   * Checks the record's invariants.
   *
   * @param id the arXiv id without version, such as {@code 2401.02954}; never {@code null}
   * @param version the latest version, 1 or more
   * @param title the title as the record has it, which may hold LaTeX and line breaks; never {@code
   *     null}
   * @param authors the author names in the record's order; a name listed twice is two people; never
   *     {@code null}, and empty when the record lists none
   * @throws NullPointerException if {@code id}, {@code title}, {@code authors} or a name is {@code
   *     null}
   * @throws IllegalArgumentException if {@code version} is below 1
   * @since 0.1.0
   */
  public PaperRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    authors = List.copyOf(authors);
    if (version < 1) {
      throw new IllegalArgumentException("version must be 1 or more, not " + version);
    }
  }
}
