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
 * suppression comments left out counted apart, and how much was read. Immutable and thread-safe.
 *
 * @since 0.1.0
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

  /**
   * A result of these findings, with no suppression comments: for a caller that merges or makes
   * findings itself (a report of findings from elsewhere, say).
   *
   * @param findings the findings, in any order; they are sorted into report order ({@link
   *     Finding#ORDER})
   * @param filesChecked how many files were checked
   * @param entriesChecked how many paper entries those files hold
   * @return the result
   * @throws NullPointerException if {@code findings} or one of them is {@code null}
   * @since 0.1.0
   */
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

  /**
   * Every finding in report order ({@link Finding#ORDER}), those suppression comments left out
   * excluded.
   *
   * @return the findings, unmodifiable; never {@code null}
   * @since 0.1.0
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The {@linkplain Finding#fingerprint() fingerprint} of one of the findings, as baselines and
   * reports key it; for a finding a {@link ResultCache} answered, the one the cache kept, so a
   * re-run need not hash every finding again.
   *
   * @param finding one of {@link #findings()} (another finding gets its own fingerprint worked out)
   * @return the fingerprint; never {@code null}
   * @throws NullPointerException if {@code finding} is {@code null}
   * @since 0.1.0
   */
  public String fingerprint(Finding finding) {
    String known = knownFingerprints.get(finding);
    return known != null ? known : finding.fingerprint();
  }

  /**
   * How many files were checked, whether parsed or answered by a cache; with a {@linkplain
   * CheckOptions.Builder#scope scope}, only the files in it.
   *
   * @return the count, 0 or more
   * @since 0.1.0
   */
  public int filesChecked() {
    return filesChecked;
  }

  /**
   * How many paper entries the checked files hold.
   *
   * @return the count, 0 or more
   * @since 0.1.0
   */
  public int entriesChecked() {
    return entriesChecked;
  }

  /**
   * How many findings suppression comments left out.
   *
   * @return the count, 0 or more
   * @since 0.1.0
   */
  public int suppressedCount() {
    return suppressed;
  }

  /**
   * How many findings there are of each severity.
   *
   * @return a count for every severity, zero or not; never {@code null}
   * @since 0.1.0
   */
  public Map<Severity, Integer> countsBySeverity() {
    return countsBySeverity(findings);
  }

  /**
   * How many of {@code findings} there are of each severity.
   *
   * @param findings the findings to count
   * @return a count for every severity, zero or not; never {@code null}
   * @throws NullPointerException if {@code findings} or one of them is {@code null}
   * @since 0.1.0
   */
  public static Map<Severity, Integer> countsBySeverity(List<Finding> findings) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return counts;
  }

  /**
   * Whether {@code o} is a result of the same findings and counts.
   *
   * @param o the object to compare with
   * @return whether it is equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof CheckResult other
        && findings.equals(other.findings)
        && filesChecked == other.filesChecked
        && entriesChecked == other.entriesChecked
        && suppressed == other.suppressed;
  }

  /**
   * A hash of the findings and counts.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return Objects.hash(findings, filesChecked, entriesChecked, suppressed);
  }
}
