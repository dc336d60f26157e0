package org.paperdigest.digest.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code ## Daily Papers (...)} header. {@code date} is present only when {@code dateText} is a
 * real ISO date; {@code datePosition} points at the text between the parentheses.
 */
public record DateHeader(
    String dateText,
    Optional<LocalDate> date,
    SourcePosition position,
    SourcePosition datePosition) {

  public DateHeader {
    Objects.requireNonNull(dateText, "dateText");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(datePosition, "datePosition");
  }
}
