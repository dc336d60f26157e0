package org.paperdigest.digest.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entry's level-3 heading. {@code wellFormed} holds when the heading is exactly one link with
 * non-blank text; {@code text} is then the link text, otherwise the heading's plain text. {@code
 * link} is the heading's first link, if it has one; {@code html} the raw HTML the heading holds.
 */
public record Title(
    String text,
    Optional<Link> link,
    boolean wellFormed,
    SourcePosition position,
    List<RawHtml> html) {

  public Title {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(position, "position");
    html = List.copyOf(html);
  }

  /** The arXiv id of the paper the title links to, if the link names one. */
  public Optional<ArxivId> arxivId() {
    return link.flatMap(l -> ArxivId.fromUrl(l.url()));
  }
}
