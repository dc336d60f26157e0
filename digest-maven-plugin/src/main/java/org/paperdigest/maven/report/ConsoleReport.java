package org.paperdigest.maven.report;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Severity;
import org.paperdigest.maven.baseline.Triage;
import org.paperdigest.maven.output.PluginLog;

/**
 * The console form: one line per new finding ({@code path:line:column: severity ID name: message})
 * at the log level of its severity, in path order so each file's findings stand together, then a
 * summary line. Findings a baseline accepts are counted, and listed (at info, marked) when asked.
 */
public final class ConsoleReport {

  private ConsoleReport() {}

  public static void print(
      CheckResult result, Triage triage, boolean showBaselined, PluginLog log) {
    Set<Finding> accepted = new HashSet<>(triage.baselined());
    for (Finding finding : result.findings()) {
      if (accepted.contains(finding)) {
        if (showBaselined) {
          log.info(finding + " [baselined]");
        }
        continue;
      }
      switch (finding.severity()) {
        case ERROR -> log.error(finding.toString());
        case WARNING -> log.warn(finding.toString());
        case INFO -> log.info(finding.toString());
      }
    }
    log.info(summary(result, triage));
  }

  /**
   * {@code Checked 4 files (35 entries): 19 errors, 1 warning, 2 infos}, counting new findings,
   * then how many the baseline accepts and how many comments suppressed, when any.
   */
  public static String summary(CheckResult result, Triage triage) {
    Map<Severity, Integer> counts = CheckResult.countsBySeverity(triage.fresh());
    StringBuilder line =
        new StringBuilder("Checked ")
            .append(plural(result.filesChecked(), "file"))
            .append(" (")
            .append(plural(result.entriesChecked(), "entry"))
            .append("): ")
            .append(plural(counts.get(Severity.ERROR), "error"))
            .append(", ")
            .append(plural(counts.get(Severity.WARNING), "warning"))
            .append(", ")
            .append(plural(counts.get(Severity.INFO), "info"));
    if (!triage.baselined().isEmpty()) {
      line.append("; ")
          .append(plural(triage.baselined().size(), "more finding"))
          .append(" accepted by the baseline");
    }
    if (result.suppressedCount() > 0) {
      line.append("; ")
          .append(plural(result.suppressedCount(), "finding"))
          .append(" suppressed by comments");
    }
    return line.toString();
  }

  /** {@code 1 error}, {@code 2 errors}, {@code 3 entries}. */
  static String plural(int n, String word) {
    if (n == 1) {
      return "1 " + word;
    }
    return n
        + " "
        + (word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies" : word + "s");
  }
}
