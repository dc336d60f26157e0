package org.paperdigest.digest.model;

import java.util.Objects;

/**
 * One link target in a digest, as written: {@code url} is the destination for inline links and
 * images, the attribute value for HTML, and the text the autolinker took for bare URLs.
 */
public record Link(String url, LinkKind kind, SourcePosition position) {

  public Link {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(position, "position");
  }
}
