package org.paperdigest.digest.model;

/** How a link was written in the Markdown source. */
public enum LinkKind {
  /** {@code [text](url)}. */
  INLINE,
  /** {@code ![alt](url)}. */
  IMAGE,
  /** {@code <https://...>}. */
  AUTOLINK,
  /** A URL written in running text and turned into a link by the autolinker. */
  BARE_URL,
  /** A {@code src} or {@code href} attribute of raw HTML. */
  HTML_ATTRIBUTE
}
