/**
 * Daily paper digests in plain Java: {@link org.paperdigest.digest.DigestParser} reads a digest's
 * Markdown into the records of {@code org.paperdigest.digest.model}, keeping a position for every
 * part; {@link org.paperdigest.digest.DigestValidator} runs the rule catalogue ({@link
 * org.paperdigest.digest.Rule}) as Hibernate Validator constraints mapped at run time from a {@link
 * org.paperdigest.digest.ValidationConfig}; {@link org.paperdigest.digest.DigestChecker} checks
 * folders of digests on disk, and {@link org.paperdigest.digest.DigestFixer} repairs what needs no
 * judgement. Everything else is internal.
 */
// The plugin (org.paperdigest.maven) runs on Maven's class path, not as a module: the qualified
// export below records, for readers and tools, the one internal package it may use; javac cannot
// find that module when it compiles this one, and would warn.
@SuppressWarnings("module")
module org.paperdigest.digest {
  requires jakarta.validation;
  requires org.commonmark;
  requires org.commonmark.ext.autolink;
  requires org.hibernate.validator;

  exports org.paperdigest.digest;
  exports org.paperdigest.digest.model;

  // Hibernate Validator reads the validated records' fields (a file's sections) and creates the
  // rules' constraint validators; nothing else of the module is open to it.
  opens org.paperdigest.digest.model to
      org.hibernate.validator;

  exports org.paperdigest.digest.internal.validation to
      org.hibernate.validator;

  // What the Maven plugin shares with the checker and is no library user's business: the
  // repository's boundary (symbolic links), how a digest file is found and read (DigestFiles), the
  // URL a link's author meant, a text's lines, and the run's daemon threads.
  exports org.paperdigest.digest.internal to
      org.paperdigest.maven;
}
