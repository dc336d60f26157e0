package org.paperdigest.digest.internal.rules;

import java.util.Objects;
import java.util.Optional;
import org.paperdigest.digest.Severity;
import org.paperdigest.digest.model.SourcePosition;

/**
 * What a check found, before it becomes a finding: where, what, and a floor for the severity when
 * one occurrence is worse than the rule's usual case (a {@code +} in mid-list).
 */
public record Hit(SourcePosition position, String message, Optional<Severity> atLeast) {

  public Hit {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(atLeast, "atLeast");
  }

  public Hit(SourcePosition position, String message) {
    this(position, message, Optional.empty());
  }
}
