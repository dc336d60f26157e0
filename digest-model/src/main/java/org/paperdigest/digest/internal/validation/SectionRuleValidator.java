package org.paperdigest.digest.internal.validation;

import org.paperdigest.digest.model.Section;

/** Validates the rules that look at a {@link Section}. */
public final class SectionRuleValidator extends RuleValidator<Section> {

  public SectionRuleValidator() {
    super(Section.class);
  }
}
