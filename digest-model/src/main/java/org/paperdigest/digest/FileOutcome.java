package org.paperdigest.digest;

import java.util.List;
import org.paperdigest.digest.internal.SuppressionScopes;

/**
 * What one file contributes to a run: its own findings (before suppression), the papers it names
 * for DG113, its entry count and its suppression scopes. Small enough to cache per file.
 */
record FileOutcome(
    List<Finding> findings,
    List<PaperOccurrence> papers,
    int entries,
    List<SuppressionScopes.Scope> suppressions) {

  FileOutcome {
    findings = List.copyOf(findings);
    papers = List.copyOf(papers);
    suppressions = List.copyOf(suppressions);
  }

  FileOutcome(List<Finding> findings) {
    this(findings, List.of(), 0, List.of());
  }
}
