package org.paperdigest.digest.model;

import java.util.Objects;

/**
 * One comma-separated item of an author list, trimmed: a name, the {@code +} that marks a cut list,
 * or nothing.
 *
 * @param text the item, read out of any code notation it was written in (quotes, a leading {@code
 *     and })
 * @param position where its first character is
 * @since 0.1.0
 */
public record AuthorItem(String text, SourcePosition position) {

  /**
   * The item a bot writes where it cut the list.
   *
   * @since 0.1.0
   */
  public static final String TRUNCATION_MARKER = "+";

  /**
   * Checks the record's invariants.
   *
   * @param text the item, read out of any code notation it was written in (quotes, a leading {@code
   *     and })
   * @param position where its first character is
   * @throws NullPointerException if a component is {@code null}
   * @since 0.1.0
   */
  public AuthorItem {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(position, "position");
  }

  /**
   * Whether the item holds no name (two commas in a row, or a comma at the end).
   *
   * @return whether it is blank
   * @since 0.1.0
   */
  public boolean isEmpty() {
    return text.isBlank();
  }

  /**
   * Whether the item is the {@code +} that marks a cut author list.
   *
   * @return whether it is {@value #TRUNCATION_MARKER}
   * @since 0.1.0
   */
  public boolean isTruncationMarker() {
    return text.equals(TRUNCATION_MARKER);
  }

  /**
   * Whether the item is a name: neither empty nor the truncation marker.
   *
   * @return whether it is a name
   * @since 0.1.0
   */
  public boolean isName() {
    return !isEmpty() && !isTruncationMarker();
  }
}
