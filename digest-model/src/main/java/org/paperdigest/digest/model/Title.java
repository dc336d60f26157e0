package org.paperdigest.digest.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entry's level-3 heading.
 *
 * @param text the link text when the heading is well formed, otherwise the heading's plain text
 * @param link the heading's first link, if it has one
 * @param wellFormed whether the heading is exactly one link with non-blank text
 * @param position where the heading starts
 * @param html the raw HTML the heading's text holds
 * @since 0.1.0
 */
public record Title(
    String text,
    Optional<Link> link,
    boolean wellFormed,
    SourcePosition position,
    List<RawHtml> html) {

  /**
   * Checks the record's invariants, and copies the list.
   *
   * @param text the link text when the heading is well formed, otherwise the heading's plain text
   * @param link the heading's first link, if it has one
   * @param wellFormed whether the heading is exactly one link with non-blank text
   * @param position where the heading starts
   * @param html the raw HTML the heading's text holds
   * @throws NullPointerException if a component is {@code null} or a piece of HTML is
   * @since 0.1.0
   */
  public Title {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(position, "position");
    html = List.copyOf(html);
  }

  /**
   * The arXiv id of the paper the title links to.
   *
   * @return the id, or empty when the title has no link or its link names no arXiv paper
   * @since 0.1.0
   */
  public Optional<ArxivId> arxivId() {
    return link.flatMap(l -> ArxivId.fromUrl(l.url()));
  }
}
