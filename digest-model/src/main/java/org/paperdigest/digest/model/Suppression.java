package org.paperdigest.digest.model;

import java.util.List;
import java.util.Objects;

/**
 * An inline suppression comment as written, on a line of its own: {@code <!-- digest-disable DG110
 * -->}. {@code rules} are the ids or names it lists, unchecked; {@code directive} is the word after
 * {@code <!--} ({@code digest-disable}, or an unknown {@code digest-} word, which is reported).
 */
public record Suppression(
    Kind kind, String directive, List<String> rules, SourcePosition position) {

  /** What a suppression comment does. */
  public enum Kind {
    /** {@code digest-disable}: from here to a matching {@code digest-enable} or the end. */
    DISABLE("digest-disable"),
    /** {@code digest-enable}: ends a {@code digest-disable} of the same rules. */
    ENABLE("digest-enable"),
    /** {@code digest-disable-next-entry}: the next entry, from its heading to the next one. */
    DISABLE_NEXT_ENTRY("digest-disable-next-entry"),
    /** {@code digest-disable-file}: the whole file. */
    DISABLE_FILE("digest-disable-file"),
    /** Any other {@code digest-} word: a mistake, reported as invalid. */
    UNKNOWN("");

    private final String directive;

    Kind(String directive) {
      this.directive = directive;
    }

    /** The kind a directive word names; {@link #UNKNOWN} for any other. */
    public static Kind of(String directive) {
      for (Kind kind : values()) {
        if (kind != UNKNOWN && kind.directive.equals(directive)) {
          return kind;
        }
      }
      return UNKNOWN;
    }
  }

  public Suppression {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(directive, "directive");
    rules = List.copyOf(rules);
    Objects.requireNonNull(position, "position");
  }
}
