package org.paperdigest.digest;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem: which rule, how serious, and where. {@code path} is relative to the checked
 * directory and written with {@code /}; line and column are 1-based and point at the offending
 * text. {@code subject} says what the finding is about without saying where (the entry's paper and
 * the repeated name, say), so that with the path and rule it identifies the finding across edits
 * that move it: baselines and report fingerprints are keyed by it.
 */
public record Finding(
    Rule rule,
    Severity severity,
    String path,
    int line,
    int column,
    String message,
    String subject) {

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
    Objects.requireNonNull(subject, "subject");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /** A finding whose subject is its message: for findings that name what they are about. */
  public Finding(Rule rule, Severity severity, String path, int line, int column, String message) {
    this(rule, severity, path, line, column, message, message);
  }

  /**
   * A stable hex digest of path, rule and subject: equal for the same problem in the same file
   * whatever lines moved. Two findings can share it (the same bad link twice in one entry); {@link
   * FindingIdentity} numbers them apart where a unique key is needed.
   */
  public String fingerprint() {
    return FindingIdentity.digest(path + '\n' + rule.id() + '\n' + subject);
  }

  /** The rule's id, such as {@code DG110}. */
  public String ruleId() {
    return rule.id();
  }

  /** The rule's name, such as {@code duplicate-author}. */
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
