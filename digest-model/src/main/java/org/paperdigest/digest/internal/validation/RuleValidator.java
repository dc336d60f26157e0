package org.paperdigest.digest.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.internal.rules.Check;
import org.paperdigest.digest.internal.rules.CheckCatalog;
import org.paperdigest.digest.internal.rules.Hit;

/**
 * Runs one rule's check as a Bean Validation constraint. All hits of one rule on one part travel in
 * a single violation as its dynamic payload, so none can be merged away by the violation set.
 */
abstract class RuleValidator<T> implements ConstraintValidator<DigestConstraint, T> {

  /** The payload of a violation: every hit of the rule on the validated part. */
  record Hits(List<Hit> hits) {}

  private final Class<T> target;
  private Check<T> check;

  RuleValidator(Class<T> target) {
    this.target = target;
  }

  @Override
  public void initialize(DigestConstraint constraint) {
    var ruleCheck =
        CheckCatalog.create(Rule.valueOf(constraint.id()), List.of(constraint.options()));
    if (ruleCheck.target() != target) {
      throw new IllegalStateException(
          constraint.id() + " does not check " + target.getSimpleName());
    }
    @SuppressWarnings("unchecked")
    Check<T> typed = (Check<T>) ruleCheck.check();
    this.check = typed;
  }

  @Override
  public boolean isValid(T value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    List<Hit> hits = new ArrayList<>();
    check.check(value, hits::add);
    if (hits.isEmpty()) {
      return true;
    }
    context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(new Hits(hits));
    return false;
  }
}
