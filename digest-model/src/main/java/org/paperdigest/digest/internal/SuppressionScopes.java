package org.paperdigest.digest.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.Suppression;
import org.paperdigest.digest.model.Suppression.Kind;

/**
 * What the suppression comments of one file cover: one scope per comment and rule, as a range of
 * lines, and the comments that are wrong (DG008). A finding is suppressed when a scope of its rule
 * covers its line.
 */
public final class SuppressionScopes {

  /** Lines {@code first..last} where {@code rule} is off, because of {@code comment}. */
  public record Scope(Rule rule, int first, int last, Suppression comment) {
    public boolean covers(Finding finding) {
      return finding.rule() == rule && finding.line() >= first && finding.line() <= last;
    }
  }

  /** A suppression comment that is wrong, and why. */
  public record Problem(Suppression comment, String message) {}

  private final List<Scope> scopes;
  private final List<Problem> problems;

  private SuppressionScopes(List<Scope> scopes, List<Problem> problems) {
    this.scopes = List.copyOf(scopes);
    this.problems = List.copyOf(problems);
  }

  public List<Scope> scopes() {
    return scopes;
  }

  public List<Problem> problems() {
    return problems;
  }

  /** Whether {@code rule} may be suppressed: not the rules about files and suppressions. */
  public static boolean suppressible(Rule rule) {
    return rule != Rule.DG000 && rule != Rule.DG007 && rule != Rule.DG008;
  }

  public static SuppressionScopes of(DigestFile file) {
    if (file.suppressions().isEmpty()) {
      return new SuppressionScopes(List.of(), List.of());
    }
    List<Scope> scopes = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<Rule, Suppression> open = new EnumMap<>(Rule.class);
    Landmarks landmarks = null;
    for (Suppression comment : file.suppressions()) {
      if (comment.kind() == Kind.UNKNOWN) {
        problems.add(
            new Problem(
                comment,
                "unknown directive '"
                    + comment.directive()
                    + "'; use digest-disable, digest-enable, digest-disable-next-entry or"
                    + " digest-disable-file"));
        continue;
      }
      if (comment.rules().isEmpty()) {
        problems.add(
            new Problem(
                comment,
                comment.directive() + " names no rule; list the ids or names it applies to"));
        continue;
      }
      int line = comment.position().line();
      Optional<int[]> entryLines = Optional.empty();
      if (comment.kind() == Kind.DISABLE_NEXT_ENTRY) {
        landmarks = landmarks == null ? Landmarks.of(file) : landmarks;
        entryLines = landmarks.nextEntryLines(line);
        if (entryLines.isEmpty()) {
          problems.add(new Problem(comment, comment.directive() + " has no entry after it"));
          continue;
        }
      }
      for (String name : comment.rules()) {
        Optional<Rule> found = Rule.find(name);
        if (found.isEmpty()) {
          problems.add(
              new Problem(comment, comment.directive() + " names an unknown rule '" + name + "'"));
          continue;
        }
        Rule rule = found.get();
        if (!suppressible(rule)) {
          problems.add(new Problem(comment, rule.id() + " cannot be suppressed"));
          continue;
        }
        switch (comment.kind()) {
          case DISABLE -> {
            Suppression earlier = open.putIfAbsent(rule, comment);
            if (earlier != null) {
              problems.add(
                  new Problem(
                      comment,
                      rule.id()
                          + " is already disabled by the digest-disable at line "
                          + earlier.position().line()));
            }
          }
          case ENABLE -> {
            Suppression disable = open.remove(rule);
            if (disable == null) {
              problems.add(
                  new Problem(
                      comment, "digest-enable " + rule.id() + " has no digest-disable before it"));
            } else {
              scopes.add(new Scope(rule, disable.position().line(), line, disable));
            }
          }
          case DISABLE_NEXT_ENTRY ->
              scopes.add(new Scope(rule, entryLines.get()[0], entryLines.get()[1], comment));
          case DISABLE_FILE -> scopes.add(new Scope(rule, 1, Integer.MAX_VALUE, comment));
          case UNKNOWN -> throw new IllegalStateException("handled above");
        }
      }
    }
    open.forEach(
        (rule, disable) ->
            scopes.add(new Scope(rule, disable.position().line(), Integer.MAX_VALUE, disable)));
    return new SuppressionScopes(scopes, problems);
  }
}
