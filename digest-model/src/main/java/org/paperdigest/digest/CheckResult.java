package org.paperdigest.digest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.paperdigest.digest.internal.SuppressionScopes;
import org.paperdigest.digest.internal.SuppressionScopes.Scope;

/**
 * The outcome of checking a set of files: every finding in report order after inline suppression
 * comments are applied, how many they suppressed, and what was read. Suppressions are applied to
 * findings added later ({@link #plus}) too, and a suppression that covers no finding of a rule that
 * ran is itself reported (DG007), so the result is the same whatever order findings arrive in.
 */
public final class CheckResult {

  private final List<Finding> unsuppressed;
  private final Map<String, List<Scope>> scopes;
  private final Set<Rule> rulesRun;
  private final Optional<ValidationConfig> config;
  private final int filesChecked;
  private final int entriesChecked;
  private final List<Finding> findings;
  private final int suppressed;
  private final int suppressedBefore;
  private final Map<Finding, String> knownFingerprints;

  private CheckResult(
      List<Finding> unsuppressed,
      Map<String, List<Scope>> scopes,
      Set<Rule> rulesRun,
      Optional<ValidationConfig> config,
      int filesChecked,
      int entriesChecked,
      int suppressedBefore,
      Map<Finding, String> knownFingerprints) {
    this.suppressedBefore = suppressedBefore;
    this.knownFingerprints = knownFingerprints;
    this.unsuppressed = List.copyOf(unsuppressed);
    this.scopes = Map.copyOf(scopes);
    this.rulesRun = rulesRun.isEmpty() ? Set.of() : EnumSet.copyOf(rulesRun);
    this.config = config;
    this.filesChecked = filesChecked;
    this.entriesChecked = entriesChecked;
    List<Finding> kept = new ArrayList<>();
    Map<Scope, Boolean> used = new IdentityHashMap<>();
    for (Finding finding : this.unsuppressed) {
      Scope scope = coveringScope(finding);
      if (scope == null) {
        kept.add(finding);
      } else {
        used.put(scope, true);
      }
    }
    this.suppressed = suppressedBefore + this.unsuppressed.size() - kept.size();
    config.ifPresent(c -> kept.addAll(unused(used, c)));
    kept.sort(Finding.ORDER);
    this.findings = List.copyOf(kept);
  }

  /** A result of these findings, with no suppression comments. */
  public static CheckResult of(List<Finding> findings, int filesChecked, int entriesChecked) {
    return new CheckResult(
        findings, Map.of(), Set.of(), Optional.empty(), filesChecked, entriesChecked, 0, Map.of());
  }

  /**
   * A result whose findings pass through the suppression {@code scopes} of each file (by path);
   * {@code rulesRun} are the rules that were checked, for the files {@code config} runs them on
   * (which also says where DG007 is on, and how serious); {@code knownFingerprints} holds the
   * fingerprints already worked out, by finding instance (an identity map the result keeps and
   * never changes).
   */
  static CheckResult suppressed(
      List<Finding> findings,
      Map<String, List<Scope>> scopes,
      Set<Rule> rulesRun,
      ValidationConfig config,
      int filesChecked,
      int entriesChecked,
      Map<Finding, String> knownFingerprints) {
    return new CheckResult(
        findings,
        scopes,
        rulesRun,
        Optional.of(config),
        filesChecked,
        entriesChecked,
        0,
        Collections.unmodifiableMap(knownFingerprints));
  }

  /**
   * This result with {@code more} findings added from checking the rules {@code alsoRun} (the
   * online rules, say); the suppression comments apply to them too.
   */
  public CheckResult plus(List<Finding> more, Collection<Rule> alsoRun) {
    List<Finding> all = new ArrayList<>(unsuppressed);
    all.addAll(more);
    Set<Rule> run = EnumSet.noneOf(Rule.class);
    run.addAll(rulesRun);
    run.addAll(alsoRun);
    return new CheckResult(
        all,
        scopes,
        run,
        config,
        filesChecked,
        entriesChecked,
        suppressedBefore,
        knownFingerprints);
  }

  /**
   * This result with only the findings in files whose path {@code keep} accepts, counting only
   * those files as checked (a check limited to changed files, say). Suppressions stay applied.
   */
  public CheckResult onlyPaths(Predicate<String> keep, int filesKept) {
    List<Finding> kept = findings.stream().filter(f -> keep.test(f.path())).toList();
    if (kept.size() == findings.size() && filesKept == filesChecked) {
      return this;
    }
    return new CheckResult(
        kept,
        Map.of(),
        Set.of(),
        Optional.empty(),
        filesKept,
        entriesChecked,
        suppressed,
        knownFingerprints);
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

  public int filesChecked() {
    return filesChecked;
  }

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

  /** How many findings are at least as serious as {@code threshold}. */
  public long countAtLeast(Severity threshold) {
    return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
  }

  private Scope coveringScope(Finding finding) {
    List<Scope> inFile = scopes.get(finding.path());
    if (inFile == null || !SuppressionScopes.suppressible(finding.rule())) {
      return null;
    }
    for (Scope scope : inFile) {
      if (scope.covers(finding)) {
        return scope;
      }
    }
    return null;
  }

  /** DG007: one per comment and rule that ran on its file but suppressed nothing. */
  private List<Finding> unused(Map<Scope, Boolean> used, ValidationConfig config) {
    List<Finding> unused = new ArrayList<>();
    Map<String, Boolean> reported = new HashMap<>();
    scopes.forEach(
        (path, inFile) -> {
          Optional<Severity> severity = config.severityOf(Rule.DG007, path);
          if (severity.isEmpty()) {
            return;
          }
          for (Scope scope : inFile) {
            if (used.containsKey(scope)
                || !rulesRun.contains(scope.rule())
                || !config.isEnabled(scope.rule(), path)) {
              continue;
            }
            var at = scope.comment().position();
            String key = path + ':' + at + ':' + scope.rule();
            if (reported.putIfAbsent(key, true) == null) {
              unused.add(
                  new Finding(
                      Rule.DG007,
                      severity.get(),
                      path,
                      at.line(),
                      at.column(),
                      scope.comment().directive()
                          + " "
                          + scope.rule().id()
                          + " suppresses no finding; remove it",
                      scope.comment().directive() + " " + scope.rule().id()));
            }
          }
        });
    return unused;
  }
}
