package org.paperdigest.digest.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One paper: the level-3 heading and the parts found under it before the next heading; a part the
 * entry lacks is empty.
 *
 * @param title the heading
 * @param media the thumbnail or video
 * @param votes the {@code Vote:} line
 * @param authors the {@code Authors:} line
 * @param summary the summary lists
 * @since 0.1.0
 */
public record Entry(
    Title title,
    Optional<Media> media,
    Optional<Votes> votes,
    Optional<AuthorList> authors,
    Optional<Summary> summary) {

  /**
   * Checks the record's invariants.
   *
   * @param title the heading
   * @param media the thumbnail or video
   * @param votes the {@code Vote:} line
   * @param authors the {@code Authors:} line
   * @param summary the summary lists
   * @throws NullPointerException if a component is {@code null}
   * @since 0.1.0
   */
  public Entry {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(media, "media");
    Objects.requireNonNull(votes, "votes");
    Objects.requireNonNull(authors, "authors");
    Objects.requireNonNull(summary, "summary");
  }

  /**
   * Where the entry starts: its heading.
   *
   * @return the heading's position
   * @since 0.1.0
   */
  public SourcePosition position() {
    return title.position();
  }
}
