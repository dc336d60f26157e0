package org.paperdigest.maven.report;

import java.util.Objects;

/**
 * How the reports present findings beyond the findings themselves: where each rule's page is
 * (SARIF's {@code helpUri} and the link that ends its help text), the SARIF run's category, and the
 * most results a SARIF run holds (GitHub code scanning takes 25,000 a run; past that the most
 * severe are kept).
 */
public record ReportOptions(String ruleDocsUrl, String sarifCategory, int sarifMaxResults) {

  /** GitHub code scanning's limit of results in one run. */
  public static final int GITHUB_MAX_RESULTS = 25_000;

  public ReportOptions {
    Objects.requireNonNull(ruleDocsUrl, "ruleDocsUrl");
    Objects.requireNonNull(sarifCategory, "sarifCategory");
    if (sarifMaxResults < 1) {
      throw new IllegalArgumentException(
          "sarifMaxResults: must be 1 or more, not " + sarifMaxResults);
    }
    if (sarifCategory.isBlank() || sarifCategory.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "sarifCategory: must be a word without spaces, such as digest, not '"
              + sarifCategory
              + "'");
    }
  }

  /** The address of {@code ruleId}'s page. */
  public String ruleDocs(String ruleId) {
    return ruleDocsUrl + ruleId + ".md";
  }
}
