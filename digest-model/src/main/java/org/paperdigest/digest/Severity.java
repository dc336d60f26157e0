package org.paperdigest.digest;

import java.util.Locale;

/** How serious a finding is, from most to least. */
public enum Severity {
  /** Fails the build by default (see {@code violationSeverity}). */
  ERROR,
  /** Worth a look; does not fail the build by default. */
  WARNING,
  /** For information only. */
  INFO;

  /** Whether this severity is at least as serious as {@code threshold}. */
  public boolean isAtLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** The more serious of two severities. */
  public static Severity max(Severity a, Severity b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  /** The lower-case name used in configuration and reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code error}, {@code warning} or {@code info}, in any case. */
  public static Severity parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown severity '" + text + "': use error, warning or info", e);
    }
  }
}
