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

  /**
   * The scopes {@code file}'s suppression comments set, and the problems of those that set none.
   */
  public static SuppressionScopes of(DigestFile file) {
    if (file.suppressions().isEmpty()) {
      return new SuppressionScopes(List.of(), List.of());
    }
    Reading reading = new Reading(file);
    file.suppressions().forEach(reading::read);
    return reading.finish();
  }

  /** The comments of one file read in order: a disable stays open until its enable. */
  private static final class Reading {
    private final DigestFile file;
    private final List<Scope> scopes = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Rule, Suppression> open = new EnumMap<>(Rule.class);
    private Landmarks landmarks;

    Reading(DigestFile file) {
      this.file = file;
    }

    void read(Suppression comment) {
      if (comment.kind() == Kind.UNKNOWN) {
        problem(
            comment,
            "unknown directive '"
                + comment.directive()
                + "'; use digest-disable, digest-enable, digest-disable-next-entry or"
                + " digest-disable-file");
        return;
      }
      if (comment.rules().isEmpty()) {
        problem(
            comment, comment.directive() + " names no rule; list the ids or names it applies to");
        return;
      }
      Optional<int[]> entryLines = Optional.empty();
      if (comment.kind() == Kind.DISABLE_NEXT_ENTRY) {
        landmarks = landmarks == null ? Landmarks.of(file) : landmarks;
        entryLines = landmarks.nextEntryLines(comment.position().line());
        if (entryLines.isEmpty()) {
          problem(comment, comment.directive() + " has no entry after it");
          return;
        }
      }
      for (String name : comment.rules()) {
        Optional<Rule> found = Rule.find(name);
        if (found.isEmpty()) {
          problem(comment, comment.directive() + " names an unknown rule '" + name + "'");
        } else if (!suppressible(found.get())) {
          problem(comment, found.get().id() + " cannot be suppressed");
        } else {
          apply(comment, found.get(), entryLines);
        }
      }
    }

    private void apply(Suppression comment, Rule rule, Optional<int[]> entryLines) {
      int line = comment.position().line();
      switch (comment.kind()) {
        case DISABLE -> {
          Suppression earlier = open.putIfAbsent(rule, comment);
          if (earlier != null) {
            problem(
                comment,
                rule.id()
                    + " is already disabled by the digest-disable at line "
                    + earlier.position().line());
          }
        }
        case ENABLE -> {
          Suppression disable = open.remove(rule);
          if (disable == null) {
            problem(comment, "digest-enable " + rule.id() + " has no digest-disable before it");
          } else {
            scopes.add(new Scope(rule, disable.position().line(), line, disable));
          }
        }
        case DISABLE_NEXT_ENTRY ->
            scopes.add(new Scope(rule, entryLines.get()[0], entryLines.get()[1], comment));
        case DISABLE_FILE -> scopes.add(new Scope(rule, 1, Integer.MAX_VALUE, comment));
        case UNKNOWN -> throw new IllegalStateException("read() handles it");
      }
    }

    private void problem(Suppression comment, String message) {
      problems.add(new Problem(comment, message));
    }

    /** The scopes, a disable never enabled again reaching to the file's end. */
    SuppressionScopes finish() {
      open.forEach(
          (rule, disable) ->
              scopes.add(new Scope(rule, disable.position().line(), Integer.MAX_VALUE, disable)));
      return new SuppressionScopes(scopes, problems);
    }
  }
}
