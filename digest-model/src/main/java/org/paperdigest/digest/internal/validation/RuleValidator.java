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
import org.paperdigest.digest.internal.rules.RuleCheck;
import org.paperdigest.digest.model.Entry;
import org.paperdigest.digest.model.Section;

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

  /**
   * The type a rule's constraint is declared on: an entry rule on the section, which runs it for
   * each of its entries. A constraint per entry would have Hibernate Validator cascade into every
   * entry and evaluate each rule there, at a cost well above the checks' own.
   */
  static Class<?> host(Class<?> target) {
    return target == Entry.class ? Section.class : target;
  }

  @Override
  public void initialize(DigestConstraint constraint) {
    RuleCheck<?> ruleCheck =
        CheckCatalog.create(Rule.valueOf(constraint.id()), List.of(constraint.options()));
    if (host(ruleCheck.target()) != target) {
      throw new IllegalStateException(
          constraint.id() + " does not check " + target.getSimpleName());
    }
    this.check = hosted(ruleCheck);
  }

  @SuppressWarnings("unchecked")
  private Check<T> hosted(RuleCheck<?> ruleCheck) {
    if (ruleCheck.target() == target) {
      return (Check<T>) ruleCheck.check();
    }
    Check<Entry> entryCheck = (Check<Entry>) ruleCheck.check();
    Check<Section> eachEntry =
        (section, hits) -> {
          for (Entry entry : section.entries()) {
            entryCheck.check(entry, hits);
          }
        };
    return (Check<T>) eachEntry;
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
