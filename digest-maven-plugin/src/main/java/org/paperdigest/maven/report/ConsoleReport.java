package org.paperdigest.maven.report;

import java.util.Map;
import org.apache.maven.plugin.logging.Log;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Severity;

/**
 * The console form: one line per finding ({@code path:line:column: severity ID name: message}) at
 * the log level of its severity, in path order so each file's findings stand together, then a
 * summary line.
 */
public final class ConsoleReport {

  private ConsoleReport() {}

  public static void print(CheckResult result, Log log) {
    for (Finding finding : result.findings()) {
      switch (finding.severity()) {
        case ERROR -> log.error(finding.toString());
        case WARNING -> log.warn(finding.toString());
        case INFO -> log.info(finding.toString());
      }
    }
    log.info(summary(result));
  }

  /** {@code Checked 4 files (35 entries): 19 errors, 1 warning, 2 infos}. */
  public static String summary(CheckResult result) {
    Map<Severity, Integer> counts = result.countsBySeverity();
    return "Checked "
        + plural(result.filesChecked(), "file")
        + " ("
        + plural(result.entriesChecked(), "entry")
        + "): "
        + plural(counts.get(Severity.ERROR), "error")
        + ", "
        + plural(counts.get(Severity.WARNING), "warning")
        + ", "
        + plural(counts.get(Severity.INFO), "info");
  }

  private static String plural(int n, String word) {
    if (n == 1) {
      return "1 " + word;
    }
    return n
        + " "
        + (word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies" : word + "s");
  }
}
