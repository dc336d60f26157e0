package org.paperdigest.digest;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem: which rule, how serious, and where. {@code path} is relative to the checked
 * directory and written with {@code /}; line and column are 1-based and point at the offending
 * text.
 */
public record Finding(
    Rule rule, Severity severity, String path, int line, int column, String message) {

  /** Report order: by path, then line, then column, then rule id. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::path)
          .thenComparingInt(Finding::line)
          .thenComparingInt(Finding::column)
          .thenComparing(Finding::rule);

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  public String ruleId() {
    return rule.id();
  }

  public String ruleName() {
    return rule.ruleName();
  }

  /** {@code path:line:column: severity ID name: message}, the console form. */
  @Override
  public String toString() {
    return path
        + ":"
        + line
        + ":"
        + column
        + ": "
        + severity.label()
        + " "
        + rule.id()
        + " "
        + rule.ruleName()
        + ": "
        + message;
  }
}
