package org.paperdigest.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperdigest.digest.internal.validation.ValidationEngine;
import org.paperdigest.digest.model.DigestFile;

/**
 * Validates parsed digests against the rules a {@link ValidationConfig} enables. Per-file rules run
 * through Hibernate Validator with a constraint mapping built from the configuration; the
 * cross-file rule DG113 runs over {@link PaperOccurrence}s. Thread-safe; close it when done, as it
 * owns a validator factory. The factory is built on the first file validated, so a run whose files
 * all come from a result cache never starts Hibernate Validator.
 */
public final class DigestValidator implements AutoCloseable {

  private final ValidationConfig config;
  private volatile ValidationEngine engine;

  private DigestValidator(ValidationConfig config) {
    this.config = config;
  }

  private ValidationEngine engine() {
    ValidationEngine built = engine;
    if (built == null) {
      synchronized (this) {
        built = engine;
        if (built == null) {
          built = new ValidationEngine(config, config::isSet);
          engine = built;
        }
      }
    }
    return built;
  }

  /**
   * A validator of the rules {@code config} turns on, with the severities it sets; it builds one
   * Hibernate Validator factory and is thread-safe.
   */
  public static DigestValidator create(ValidationConfig config) {
    return new DigestValidator(config);
  }

  /** The configuration the validator applies. */
  public ValidationConfig config() {
    return config;
  }

  /** The findings of every per-file rule on {@code file}, in report order. */
  public List<Finding> validate(DigestFile file) {
    return engine().validate(file);
  }

  /** Per-file and cross-file findings of several files, in report order. */
  public List<Finding> validateAll(List<DigestFile> files) {
    List<Finding> findings = new ArrayList<>();
    List<PaperOccurrence> papers = new ArrayList<>();
    for (DigestFile file : files) {
      findings.addAll(validate(file));
      papers.addAll(PaperOccurrence.of(file));
    }
    findings.addAll(duplicatePapers(papers));
    findings.sort(Finding.ORDER);
    return findings;
  }

  /**
   * DG113: each repeat of a paper, on the later occurrence (by path, then position), naming the
   * first; not where the rule is off for the later one's file. Deterministic whatever order {@code
   * papers} come in.
   */
  public List<Finding> duplicatePapers(List<PaperOccurrence> papers) {
    if (!config.isEnabled(Rule.DG113)) {
      return List.of();
    }
    List<PaperOccurrence> ordered = new ArrayList<>(papers);
    ordered.sort(
        Comparator.comparing(PaperOccurrence::path).thenComparing(PaperOccurrence::position));
    Map<String, PaperOccurrence> first = new HashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (PaperOccurrence paper : ordered) {
      PaperOccurrence original = first.putIfAbsent(paper.arxivId(), paper);
      Optional<Severity> severity = config.severityOf(Rule.DG113, paper.path());
      if (original != null && severity.isPresent()) {
        findings.add(
            new Finding(
                Rule.DG113,
                severity.get(),
                paper.path(),
                paper.position().line(),
                paper.position().column(),
                "paper "
                    + paper.arxivId()
                    + " already appears at "
                    + original.path()
                    + ":"
                    + original.position().line(),
                "paper " + paper.arxivId() + " again, first in " + original.path()));
      }
    }
    return findings;
  }

  @Override
  public synchronized void close() {
    if (engine != null) {
      engine.close();
    }
  }
}
