package org.paperdigest.digest.model;

import java.util.List;
import java.util.Objects;

/**
 * An inline suppression comment as written, on a line of its own: {@code <!-- digest-disable DG110
 * -->}.
 *
 * @param kind what it does
 * @param directive the word after {@code <!--} ({@code digest-disable}, or an unknown {@code
 *     digest-} word, which is reported)
 * @param rules the ids or rule names it lists, as written and unchecked
 * @param position where the comment starts
 * @since 0.1.0
 */
public record Suppression(
    Kind kind, String directive, List<String> rules, SourcePosition position) {

  /**
   * What a suppression comment does.
   *
   * @since 0.1.0
   */
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

    /**
     * The kind a directive word names.
     *
     * @param directive the word after {@code <!--}
     * @return the kind; {@link #UNKNOWN} for any other word
     * @throws NullPointerException if {@code directive} is {@code null}
     * @since 0.1.0
     */
    public static Kind of(String directive) {
      for (Kind kind : values()) {
        if (kind != UNKNOWN && kind.directive.equals(directive)) {
          return kind;
        }
      }
      return UNKNOWN;
    }
  }

  /**
   * Checks the record's invariants, and copies the list.
   *
   * @param kind what it does
   * @param directive the word after {@code <!--} ({@code digest-disable}, or an unknown {@code
   *     digest-} word, which is reported)
   * @param rules the ids or rule names it lists, as written and unchecked
   * @param position where the comment starts
   * @throws NullPointerException if a component is {@code null} or a rule is
   * @since 0.1.0
   */
  public Suppression {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(directive, "directive");
    rules = List.copyOf(rules);
    Objects.requireNonNull(position, "position");
  }
}
