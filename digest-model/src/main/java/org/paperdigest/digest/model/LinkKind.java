package org.paperdigest.digest.model;

/**
 * How a link was written in the Markdown source.
 *
 * @since 0.1.0
 */
public enum LinkKind {
  /** {@code [text](url)}. */
  INLINE,
  /** {@code ![alt](url)}. */
  IMAGE,
  /** {@code <https://...>}. */
  AUTOLINK,
  /** A URL written in running text and turned into a link by the autolinker. */
  BARE_URL,
  /**
   * A bare URL written right after a text in brackets, {@code [Watch Video]https://...}: what a
   * Markdown link looks like that lost its parentheses. It renders as the bracketed text and a bare
   * link.
   */
  BRACKETED_URL,
  /** A {@code src} or {@code href} attribute of raw HTML. */
  HTML_ATTRIBUTE
}
