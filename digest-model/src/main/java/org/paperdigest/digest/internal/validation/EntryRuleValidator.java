package org.paperdigest.digest.internal.validation;

import org.paperdigest.digest.model.Entry;

/** Validates the rules that look at a {@link Entry}. */
public final class EntryRuleValidator extends RuleValidator<Entry> {

  public EntryRuleValidator() {
    super(Entry.class);
  }
}
