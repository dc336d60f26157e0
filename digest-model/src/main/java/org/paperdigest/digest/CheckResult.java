package org.paperdigest.digest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.paperdigest.digest.internal.SuppressionFilter;

/**
 * The outcome of checking a set of files: every finding in report order, with what inline
 * suppression comments left out counted apart, and what was read. Immutable.
 */
public final class CheckResult {

  private final List<Finding> findings;
  private final int filesChecked;
  private final int entriesChecked;
  private final int suppressed;
  private final Map<Finding, String> knownFingerprints;

  private CheckResult(
      List<Finding> findings,
      int filesChecked,
      int entriesChecked,
      int suppressed,
      Map<Finding, String> knownFingerprints) {
    this.findings = List.copyOf(findings);
    this.filesChecked = filesChecked;
    this.entriesChecked = entriesChecked;
    this.suppressed = suppressed;
    this.knownFingerprints = knownFingerprints;
  }

  /** A result of these findings (sorted into report order), with no suppression comments. */
  public static CheckResult of(List<Finding> findings, int filesChecked, int entriesChecked) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    return new CheckResult(sorted, filesChecked, entriesChecked, 0, Map.of());
  }

  /**
   * {@code findings} through {@code filter}; {@code knownFingerprints} holds the fingerprints
   * already worked out, by finding instance (an identity map the result keeps and never changes).
   */
  static CheckResult filtered(
      List<Finding> findings,
      SuppressionFilter filter,
      int filesChecked,
      int entriesChecked,
      Map<Finding, String> knownFingerprints) {
    SuppressionFilter.Applied applied = filter.apply(findings);
    return new CheckResult(
        applied.kept(),
        filesChecked,
        entriesChecked,
        applied.suppressed(),
        Collections.unmodifiableMap(knownFingerprints));
  }

  /**
   * This result with only the findings in files whose path {@code keep} accepts, counting only
   * those files as checked (a check limited to changed files, say). Suppressions stay applied.
   */
  CheckResult onlyPaths(Predicate<String> keep, int filesKept) {
    List<Finding> kept = findings.stream().filter(f -> keep.test(f.path())).toList();
    if (kept.size() == findings.size() && filesKept == filesChecked) {
      return this;
    }
    return new CheckResult(kept, filesKept, entriesChecked, suppressed, knownFingerprints);
  }

  /** Every finding in report order, suppressed ones left out. */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * {@link Finding#fingerprint()} of one of {@link #findings()}, taken from the incremental cache
   * when the finding came from there rather than digested again.
   */
  public String fingerprint(Finding finding) {
    String known = knownFingerprints.get(finding);
    return known != null ? known : finding.fingerprint();
  }

  /** How many files were checked (from the cache or parsed). */
  public int filesChecked() {
    return filesChecked;
  }

  /** How many paper entries the checked files hold. */
  public int entriesChecked() {
    return entriesChecked;
  }

  /** How many findings suppression comments left out. */
  public int suppressedCount() {
    return suppressed;
  }

  /** How many findings there are of each severity (every severity present, zero or not). */
  public Map<Severity, Integer> countsBySeverity() {
    return countsBySeverity(findings);
  }

  /** How many of {@code findings} there are of each severity (every severity present). */
  public static Map<Severity, Integer> countsBySeverity(List<Finding> findings) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return counts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CheckResult other
        && findings.equals(other.findings)
        && filesChecked == other.filesChecked
        && entriesChecked == other.entriesChecked
        && suppressed == other.suppressed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(findings, filesChecked, entriesChecked, suppressed);
  }
}
