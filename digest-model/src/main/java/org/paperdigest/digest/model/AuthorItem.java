package org.paperdigest.digest.model;

import java.util.Objects;

/** One comma-separated item of an author list, trimmed; {@code position} is its first character. */
public record AuthorItem(String text, SourcePosition position) {

  /** The item the bot writes when it cut the list. */
  public static final String TRUNCATION_MARKER = "+";

  public AuthorItem {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(position, "position");
  }

  /** Whether the item holds no name (two commas in a row, or a comma at the end). */
  public boolean isEmpty() {
    return text.isBlank();
  }

  /** Whether the item is the {@code +} that marks a cut author list. */
  public boolean isTruncationMarker() {
    return text.equals(TRUNCATION_MARKER);
  }

  /** A real name: neither empty nor the truncation marker. */
  public boolean isName() {
    return !isEmpty() && !isTruncationMarker();
  }
}
