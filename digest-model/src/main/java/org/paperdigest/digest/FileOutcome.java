package org.paperdigest.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.paperdigest.digest.internal.SuppressionScopes;

/**
 * What one file contributes to a run: its own findings (before suppression), the papers it names
 * for DG113, its entry count and its suppression scopes. Small enough to cache per file; {@code
 * cacheable} is false when the findings depend on more than the file's bytes (links to other files
 * in the repository, which may come and go). {@code fingerprints} are those of the findings, in
 * their order, when worked out (for the cache, so a re-run need not digest every finding again), or
 * empty.
 */
record FileOutcome(
    List<Finding> findings,
    List<PaperOccurrence> papers,
    int entries,
    List<SuppressionScopes.Scope> suppressions,
    boolean cacheable,
    List<String> fingerprints) {

  FileOutcome {
    findings = List.copyOf(findings);
    papers = List.copyOf(papers);
    suppressions = List.copyOf(suppressions);
    fingerprints = List.copyOf(fingerprints);
    if (!fingerprints.isEmpty() && fingerprints.size() != findings.size()) {
      throw new IllegalArgumentException("one fingerprint per finding, or none");
    }
  }

  FileOutcome(
      List<Finding> findings,
      List<PaperOccurrence> papers,
      int entries,
      List<SuppressionScopes.Scope> suppressions,
      boolean cacheable) {
    this(findings, papers, entries, suppressions, cacheable, List.of());
  }

  FileOutcome(List<Finding> findings) {
    this(findings, List.of(), 0, List.of(), true);
  }

  /** This outcome with the fingerprints of its findings worked out. */
  FileOutcome withFingerprints() {
    if (!fingerprints.isEmpty() || findings.isEmpty()) {
      return this;
    }
    List<String> digests = new ArrayList<>(findings.size());
    findings.forEach(f -> digests.add(f.fingerprint()));
    return new FileOutcome(findings, papers, entries, suppressions, cacheable, digests);
  }

  /** Adds each finding's fingerprint, when worked out, to {@code known}. */
  void fingerprintsInto(Map<Finding, String> known) {
    for (int i = 0; i < fingerprints.size(); i++) {
      known.put(findings.get(i), fingerprints.get(i));
    }
  }
}
