package org.paperdigest.digest.internal.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.Severity;
import org.paperdigest.digest.ValidationConfig;

/** DG113, across every checked file: a paper featured again. */
public final class DuplicatePapers {

  private DuplicatePapers() {}

  /**
   * DG113: each repeat of a paper, on the later occurrence (by path, then position), naming the
   * first; not where the rule is off for the later one's file. Deterministic whatever order {@code
   * papers} come in.
   */
  public static List<Finding> find(List<PaperOccurrence> papers, ValidationConfig config) {
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
}
