package org.paperdigest.digest.internal.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.paperdigest.digest.Severity;
import org.paperdigest.digest.model.SourcePosition;

/**
 * What a check found, before it becomes a finding: where, what, a floor for the severity when one
 * occurrence is worse than the rule's usual case (a {@code +} in mid-list), and what it is about
 * within its entry when the message holds things that change with unrelated edits (line numbers,
 * counts). The validator adds the entry to {@code about} to make the finding's subject.
 */
public record Hit(
    SourcePosition position, String message, Optional<Severity> atLeast, String about) {

  public Hit {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(atLeast, "atLeast");
    Objects.requireNonNull(about, "about");
  }

  public Hit(SourcePosition position, String message) {
    this(position, message, Optional.empty(), message);
  }

  public Hit(SourcePosition position, String message, Optional<Severity> atLeast) {
    this(position, message, atLeast, message);
  }

  public Hit(SourcePosition position, String message, String about) {
    this(position, message, Optional.empty(), about);
  }

  /**
   * One hit for all the items that pass {@code test}, at the first of them: {@code one} when it is
   * alone, else their count before {@code many}, which is also what the hit is about (so that the
   * finding's subject does not change with the count).
   */
  static <T> void atFirstOf(
      List<T> items,
      Predicate<? super T> test,
      Function<? super T, SourcePosition> position,
      String one,
      String many,
      Consumer<Hit> hits) {
    T first = null;
    int count = 0;
    for (T item : items) {
      if (test.test(item)) {
        first = first == null ? item : first;
        count++;
      }
    }
    if (first != null) {
      hits.accept(new Hit(position.apply(first), count == 1 ? one : count + " " + many, many));
    }
  }
}
