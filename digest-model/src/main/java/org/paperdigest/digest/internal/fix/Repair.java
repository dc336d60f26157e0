package org.paperdigest.digest.internal.fix;

import java.util.Objects;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.model.SourcePosition;

/** One repair the fixes made: which rule, where in the text before fixing, and what was done. */
public record Repair(Rule rule, SourcePosition position, String description) {
  public Repair {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(description, "description");
  }
}
