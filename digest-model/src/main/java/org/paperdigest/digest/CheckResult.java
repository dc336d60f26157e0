package org.paperdigest.digest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The outcome of checking a set of files: every finding in report order, and what was read. */
public record CheckResult(List<Finding> findings, int filesChecked, int entriesChecked) {

  public CheckResult {
    findings = List.copyOf(findings);
  }

  /** This result with {@code more} findings added, in report order. */
  public CheckResult plus(List<Finding> more) {
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(more);
    all.sort(Finding.ORDER);
    return new CheckResult(all, filesChecked, entriesChecked);
  }

  /** How many findings there are of each severity (every severity present, zero or not). */
  public Map<Severity, Integer> countsBySeverity() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return counts;
  }

  /** How many findings are at least as serious as {@code threshold}. */
  public long countAtLeast(Severity threshold) {
    return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
  }
}
