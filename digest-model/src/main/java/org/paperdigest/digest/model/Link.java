package org.paperdigest.digest.model;

import java.util.Objects;
import org.paperdigest.digest.internal.UrlText;

/**
 * One link target in a digest, as written: {@code url} is the destination for inline links and
 * images, the attribute value for HTML, and for bare URLs the text GitHub's autolinker links (which
 * may run on into the text after the URL).
 */
public record Link(String url, LinkKind kind, SourcePosition position) {

  public Link {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(position, "position");
  }

  /**
   * The URL its author meant: for a bare URL that GitHub links together with the text after it
   * (DG202), the URL without that text and the bracket or quote before it; otherwise {@link
   * #url()}.
   */
  public String intendedUrl() {
    return kind == LinkKind.BARE_URL ? UrlText.intended(url) : url;
  }
}
