package org.paperdigest.digest.internal.validation;

import org.paperdigest.digest.model.DigestFile;

/** Validates the rules that look at a {@link DigestFile}. */
public final class FileRuleValidator extends RuleValidator<DigestFile> {

  public FileRuleValidator() {
    super(DigestFile.class);
  }
}
