package org.paperdigest.digest.model;

import java.util.Objects;

/**
 * A Markdown link that lost its parentheses: {@code [text]} written directly before a bare URL, as
 * in {@code [Watch Video]https://host/v.mp4}. It renders as the bracketed text and a bare link.
 * {@code text} is what the brackets hold, {@code url} the bare URL (a link of its own in {@link
 * DigestFile#links()}), {@code position} the opening bracket.
 */
public record LinkMissingParentheses(String text, Link url, SourcePosition position) {

  public LinkMissingParentheses {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(position, "position");
  }
}
