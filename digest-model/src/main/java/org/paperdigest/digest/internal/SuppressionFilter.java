package org.paperdigest.digest.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.Severity;
import org.paperdigest.digest.ValidationConfig;
import org.paperdigest.digest.internal.SuppressionScopes.Scope;

/**
 * Applies the suppression comments of a run: a finding a comment's scope covers is left out, and a
 * comment (or a rule it names) that covered nothing of a rule that ran on its file is reported
 * (DG007), at the severity {@code config} gives DG007 there. The result is the same whatever order
 * the findings come in. Immutable.
 */
public final class SuppressionFilter {

  /** The findings kept, in report order with DG007's added, and how many were left out. */
  public record Applied(List<Finding> kept, int suppressed) {}

  private final Map<String, List<Scope>> scopes;
  private final Set<Rule> rulesRun;
  private final ValidationConfig config;

  /**
   * A filter of the scopes of each file (by path), for a run of {@code rulesRun} configured by
   * {@code config}.
   */
  public SuppressionFilter(
      Map<String, List<Scope>> scopes, Set<Rule> rulesRun, ValidationConfig config) {
    this.scopes = Map.copyOf(scopes);
    this.rulesRun = rulesRun.isEmpty() ? Set.of() : EnumSet.copyOf(rulesRun);
    this.config = Objects.requireNonNull(config, "config");
  }

  /** This filter for a run that also ran {@code more} rules (the online ones, say). */
  public SuppressionFilter alsoRan(Set<Rule> more) {
    Set<Rule> all = EnumSet.noneOf(Rule.class);
    all.addAll(rulesRun);
    all.addAll(more);
    return new SuppressionFilter(scopes, all, config);
  }

  /** {@code findings} with what the comments suppress left out and unused comments reported. */
  public Applied apply(List<Finding> findings) {
    List<Finding> kept = new ArrayList<>();
    Map<Scope, Boolean> used = new IdentityHashMap<>();
    for (Finding finding : findings) {
      Scope scope = coveringScope(finding);
      if (scope == null) {
        kept.add(finding);
      } else {
        used.put(scope, true);
      }
    }
    int suppressed = findings.size() - kept.size();
    kept.addAll(unused(used));
    kept.sort(Finding.ORDER);
    return new Applied(List.copyOf(kept), suppressed);
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
  private List<Finding> unused(Map<Scope, Boolean> used) {
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
