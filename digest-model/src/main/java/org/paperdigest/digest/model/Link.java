package org.paperdigest.digest.model;

import java.util.Objects;

/**
 * One link target in a digest, as written.
 *
 * @param url the destination of an inline link or image, the value of an HTML attribute, or for a
 *     bare URL the text GitHub's autolinker links (which may run on into the text after the URL)
 * @param kind how it is written
 * @param position where the URL starts
 * @since 0.1.0
 */
public record Link(String url, LinkKind kind, SourcePosition position) {

  /**
   * Checks the record's invariants.
   *
   * @param url the destination of an inline link or image, the value of an HTML attribute, or for a
   *     bare URL the text GitHub's autolinker links (which may run on into the text after the URL)
   * @param kind how it is written
   * @param position where the URL starts
   * @throws NullPointerException if a component is {@code null}
   * @since 0.1.0
   */
  public Link {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(position, "position");
  }
}
