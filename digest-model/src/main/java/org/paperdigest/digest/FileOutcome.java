package org.paperdigest.digest;

import java.util.List;
import org.paperdigest.digest.internal.SuppressionScopes;

/**
 * What one file contributes to a run: its own findings (before suppression), the papers it names
 * for DG113, its entry count and its suppression scopes. Small enough to cache per file; {@code
 * cacheable} is false when the findings depend on more than the file's bytes (links to other files
 * in the repository, which may come and go).
 */
record FileOutcome(
    List<Finding> findings,
    List<PaperOccurrence> papers,
    int entries,
    List<SuppressionScopes.Scope> suppressions,
    boolean cacheable) {

  FileOutcome {
    findings = List.copyOf(findings);
    papers = List.copyOf(papers);
    suppressions = List.copyOf(suppressions);
  }

  FileOutcome(List<Finding> findings) {
    this(findings, List.of(), 0, List.of(), true);
  }
}
