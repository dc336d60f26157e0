package org.paperdigest.digest.model;

import java.util.Objects;
import org.paperdigest.digest.internal.UrlText;

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

  /**
   * The URL its author meant: for a bare URL that runs into non-ASCII letters (DG202), the URL
   * without them; otherwise {@link #url()}.
   */
  public String intendedUrl() {
    int glue = kind == LinkKind.BARE_URL ? UrlText.gluePoint(url) : -1;
    return glue > 0 ? url.substring(0, glue) : url;
  }
}
