package org.paperdigest.digest.model;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A {@code Vote:} line.
 *
 * @param value the text after the colon, trimmed
 * @param position where the line's label starts
 * @param valuePosition where the value starts
 * @since 0.1.0
 */
public record Votes(String value, SourcePosition position, SourcePosition valuePosition) {

  /**
   * Checks the record's invariants.
   *
   * @param value the text after the colon, trimmed
   * @param position where the line's label starts
   * @param valuePosition where the value starts
   * @throws NullPointerException if a component is {@code null}
   * @since 0.1.0
   */
  public Votes {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(valuePosition, "valuePosition");
  }

  /**
   * Whether the value is {@code -}, a bot's way of saying the count is unknown.
   *
   * @return whether the count is unknown
   * @since 0.1.0
   */
  public boolean isUnknown() {
    return value.equals("-");
  }

  /**
   * The count, when the value is a non-negative integer.
   *
   * @return the count, or empty when the value is not one
   * @since 0.1.0
   */
  public OptionalLong count() {
    if (value.isEmpty() || value.length() > 18) {
      return OptionalLong.empty();
    }
    long count = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return OptionalLong.empty();
      }
      count = count * 10 + (c - '0');
    }
    return OptionalLong.of(count);
  }
}
