package org.paperdigest.digest.internal.rules;

import java.util.Objects;
import org.paperdigest.digest.Rule;

/** A rule's check and the kind of digest part it looks at. */
public record RuleCheck<T>(Rule rule, Class<T> target, Check<T> check)
    implements CheckCatalog.Implementation {

  public RuleCheck {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(check, "check");
  }
}
