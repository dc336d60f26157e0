package org.paperdigest.digest.model;

import java.util.Objects;
import java.util.Optional;

/** One paper: the level-3 heading and the parts found under it before the next heading. */
public record Entry(
    Title title,
    Optional<Media> media,
    Optional<Votes> votes,
    Optional<AuthorList> authors,
    Optional<Summary> summary) {

  public Entry {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(media, "media");
    Objects.requireNonNull(votes, "votes");
    Objects.requireNonNull(authors, "authors");
    Objects.requireNonNull(summary, "summary");
  }

  /** Where the entry starts: its heading. */
  public SourcePosition position() {
    return title.position();
  }
}
