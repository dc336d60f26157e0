package org.paperdigest.digest;

import java.util.Locale;

/**
 * How serious a finding is, from most to least.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** Fails the build by default (see {@code violationSeverity}). */
  ERROR,
  /** Worth a look; does not fail the build by default. */
  WARNING,
  /** For information only. */
  INFO;

  /**
   * Whether this severity is at least as serious as {@code threshold}.
   *
   * @param threshold the severity to compare with
   * @return whether this one is as serious or more
   * @throws NullPointerException if {@code threshold} is {@code null}
   * @since 0.1.0
   */
  public boolean isAtLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /**
   * The more serious of two severities.
   *
   * @param a one severity
   * @param b another
   * @return the more serious one
   * @throws NullPointerException if an argument is {@code null}
   * @since 0.1.0
   */
  public static Severity max(Severity a, Severity b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  /**
   * The lower-case name used in configuration and reports.
   *
   * @return {@code error}, {@code warning} or {@code info}
   * @since 0.1.0
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code error}, {@code warning} or {@code info}, in any case, surrounding whitespace
   * ignored.
   *
   * @param text the severity's name
   * @return the severity
   * @throws IllegalArgumentException if the text names no severity
   * @throws NullPointerException if {@code text} is {@code null}
   * @since 0.1.0
   */
  public static Severity parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown severity '" + text + "': use error, warning or info", e);
    }
  }
}
