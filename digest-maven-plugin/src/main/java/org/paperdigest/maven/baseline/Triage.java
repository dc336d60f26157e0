package org.paperdigest.maven.baseline;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.paperdigest.digest.Finding;

/**
 * Findings held against a baseline: the new ones (which gate the build), the ones the baseline
 * accepts, and baseline entries no finding matched any more (problems fixed since), each with how
 * many of its count are gone.
 */
public record Triage(List<Finding> fresh, List<Finding> baselined, List<Baseline.Entry> stale) {

  public Triage {
    fresh = List.copyOf(fresh);
    baselined = List.copyOf(baselined);
    stale = List.copyOf(stale);
  }

  /** {@code findings} against {@code baseline}; every one new without a baseline. */
  public static Triage of(Optional<Baseline> baseline, List<Finding> findings) {
    return baseline.map(b -> b.triage(findings)).orElse(allNew(findings));
  }

  /** Every finding new: what a run without a baseline gates on. */
  public static Triage allNew(List<Finding> findings) {
    return new Triage(findings, List.of(), List.of());
  }

  /**
   * This triage with only the stale entries {@code checked} accepts: an entry whose file was not
   * checked, or whose rule did not run on it (turned off for its path, or online in an offline
   * check), is not fixed, just not looked at.
   */
  public Triage staleOnlyWhere(Predicate<Baseline.Entry> checked) {
    return new Triage(fresh, baselined, stale.stream().filter(checked).toList());
  }

  /** How many findings the stale entries stand for. */
  public int staleCount() {
    return stale.stream().mapToInt(Baseline.Entry::count).sum();
  }
}
