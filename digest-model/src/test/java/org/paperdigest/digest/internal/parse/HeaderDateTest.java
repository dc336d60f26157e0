package org.paperdigest.digest.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A header's date is read by hand; it must be what its definition says: the text matches {@code
 * \d{4}-\d{2}-\d{2}} and names a real day under {@code uuuu-MM-dd}, strictly.
 */
class HeaderDateTest {

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  @Test
  void datesAreReadAsTheirDefinitionSays() {
    int real = 0;
    for (String year : new String[] {"0000", "0001", "1900", "2000", "2023", "2024", "9999"}) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          String text = String.format("%s-%02d-%02d", year, month, day);
          Optional<LocalDate> expected = byDefinition(text);
          assertThat(DigestTreeBuilder.parseDate(text)).as(text).isEqualTo(expected);
          real += expected.isPresent() ? 1 : 0;
        }
      }
    }
    // 0000, 2000 and 2024 are leap years; 1900 is not.
    assertThat(real).as("real days, 29 February only in leap years").isEqualTo(7 * 365 + 3);
    for (String text :
        new String[] {
          "",
          "2024-1-08",
          "24-01-08",
          "2024-01-08 ",
          "2024/01/08",
          "2024-01-0８",
          "+2024-01-08",
          "2024-01-08x",
          "２０２４-01-08",
          "2024--1-08",
          "2024-0a-08",
          "20240108"
        }) {
      assertThat(DigestTreeBuilder.parseDate(text)).as(text).isEqualTo(byDefinition(text));
    }
  }

  private static Optional<LocalDate> byDefinition(String text) {
    if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text, ISO_DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
