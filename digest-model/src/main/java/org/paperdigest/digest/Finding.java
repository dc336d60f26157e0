package org.paperdigest.digest;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem: which rule, how serious, and where. A finding's subject says what it is about
 * without saying where (the entry's paper and the repeated name, say), so that with the path and
 * rule it identifies the finding across edits that move it: baselines and report fingerprints are
 * keyed by it.
 *
 * @param rule the rule that reports it
 * @param severity how serious it is, as configured for its file
 * @param path the file, relative to the checked folder and written with {@code /}
 * @param line the 1-based line of the offending text
 * @param column the 1-based column of the offending text, in UTF-16 code units
 * @param message what is wrong, for people
 * @param subject what it is about, without where; for identities
 * @since 0.1.0
 */
public record Finding(
    Rule rule,
    Severity severity,
    String path,
    int line,
    int column,
    String message,
    String subject) {

  /**
   * Report order: by path, then line, then column, then rule.
   *
   * @since 0.1.0
   */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::path)
          .thenComparingInt(Finding::line)
          .thenComparingInt(Finding::column)
          .thenComparing(Finding::rule);

  /**
   * Checks the finding's invariants.
   *
   * @param rule the rule that reports it
   * @param severity how serious it is, as configured for its file
   * @param path the file, relative to the checked folder and written with {@code /}
   * @param line the 1-based line of the offending text
   * @param column the 1-based column of the offending text, in UTF-16 code units
   * @param message what is wrong, for people
   * @param subject what it is about, without where; for identities
   * @throws NullPointerException if a part is {@code null}
   * @throws IllegalArgumentException if {@code line} or {@code column} is below 1
   * @since 0.1.0
   */
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

  /**
   * A finding whose subject is its message: for findings that name what they are about.
   *
   * @param rule the rule that reports it
   * @param severity how serious it is
   * @param path the file, relative to the checked folder and written with {@code /}
   * @param line the 1-based line of the offending text
   * @param column the 1-based column of the offending text
   * @param message what is wrong, which is also what it is about
   * @throws NullPointerException if a part is {@code null}
   * @throws IllegalArgumentException if {@code line} or {@code column} is below 1
   * @since 0.1.0
   */
  public Finding(Rule rule, Severity severity, String path, int line, int column, String message) {
    this(rule, severity, path, line, column, message, message);
  }

  /**
   * A stable digest of path, rule and subject: equal for the same problem in the same file whatever
   * lines moved. Two findings can share it (the same bad link twice in one entry); {@link
   * FindingIdentity} numbers them apart where a unique key is needed.
   *
   * @return 32 hex digits; never {@code null}
   * @since 0.1.0
   */
  public String fingerprint() {
    return FindingIdentity.digest(path + '\n' + rule.id() + '\n' + subject);
  }

  /**
   * The rule's id, such as {@code DG110}.
   *
   * @return the id; never {@code null}
   * @since 0.1.0
   */
  public String ruleId() {
    return rule.id();
  }

  /**
   * The rule's name, such as {@code duplicate-author}.
   *
   * @return the rule name; never {@code null}
   * @since 0.1.0
   */
  public String ruleName() {
    return rule.ruleName();
  }

  /**
   * The console form: {@code path:line:column: severity ID name: message}.
   *
   * @return the finding on one line, as the console report prints it
   */
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
