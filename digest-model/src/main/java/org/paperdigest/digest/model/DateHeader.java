package org.paperdigest.digest.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code ## Daily Papers (...)} header.
 *
 * @param dateText the text between the parentheses, as written
 * @param date the date, when {@code dateText} is a real ISO date
 * @param position where the header starts
 * @param datePosition where the text between the parentheses starts
 * @since 0.1.0
 */
public record DateHeader(
    String dateText,
    Optional<LocalDate> date,
    SourcePosition position,
    SourcePosition datePosition) {

  /**
   * Checks the record's invariants.
   *
   * @param dateText the text between the parentheses, as written
   * @param date the date, when {@code dateText} is a real ISO date
   * @param position where the header starts
   * @param datePosition where the text between the parentheses starts
   * @throws NullPointerException if a component is {@code null}
   * @since 0.1.0
   */
  public DateHeader {
    Objects.requireNonNull(dateText, "dateText");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(datePosition, "datePosition");
  }
}
