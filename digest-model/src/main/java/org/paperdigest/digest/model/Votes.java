package org.paperdigest.digest.model;

import java.util.Objects;
import java.util.OptionalLong;

/** A {@code Vote:} line; {@code value} is the text after the colon, trimmed. */
public record Votes(String value, SourcePosition position, SourcePosition valuePosition) {

  public Votes {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(valuePosition, "valuePosition");
  }

  /** {@code Vote: -}, the bot's way of saying the count is unknown. */
  public boolean isUnknown() {
    return value.equals("-");
  }

  /** The count, when the value is a non-negative integer. */
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
