package org.paperdigest.digest.internal.cache;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.PaperOccurrence;
import org.paperdigest.digest.internal.SuppressionScopes;

/**
 * What one file contributes to a run: its own findings (before suppression), the papers it names
 * for DG113, its entry count and its suppression scopes. Small enough to cache per file. {@code
 * localFiles} are the repository files its links name and whether each existed when it was checked:
 * its DG206 findings depend on those answers as well as on its bytes. {@code fingerprints} are
 * those of the findings, in their order, when worked out (for the cache, so a re-run need not
 * digest every finding again), or empty.
 */
public record FileOutcome(
    List<Finding> findings,
    List<PaperOccurrence> papers,
    int entries,
    List<SuppressionScopes.Scope> suppressions,
    List<LocalFile> localFiles,
    List<String> fingerprints) {

  /**
   * A repository file a digest links to, relative to the checked folder, and whether it existed.
   */
  public record LocalFile(String path, boolean existed) {
    public LocalFile {
      Objects.requireNonNull(path, "path");
    }

    /** Whether the file's existence under {@code root} is still what it was. */
    boolean unchangedUnder(Path root) {
      return Files.exists(root.resolve(path)) == existed;
    }
  }

  public FileOutcome {
    findings = List.copyOf(findings);
    papers = List.copyOf(papers);
    suppressions = List.copyOf(suppressions);
    localFiles = List.copyOf(localFiles);
    fingerprints = List.copyOf(fingerprints);
    if (!fingerprints.isEmpty() && fingerprints.size() != findings.size()) {
      throw new IllegalArgumentException("one fingerprint per finding, or none");
    }
  }

  public FileOutcome(
      List<Finding> findings,
      List<PaperOccurrence> papers,
      int entries,
      List<SuppressionScopes.Scope> suppressions,
      List<LocalFile> localFiles) {
    this(findings, papers, entries, suppressions, localFiles, List.of());
  }

  /** The outcome of a file that could not be read: only these findings. */
  public FileOutcome(List<Finding> findings) {
    this(findings, List.of(), 0, List.of(), List.of());
  }

  /** Whether every repository file the links name exists, or not, as it did when checked. */
  boolean localFilesUnchangedUnder(Path root) {
    for (LocalFile file : localFiles) {
      if (!file.unchangedUnder(root)) {
        return false;
      }
    }
    return true;
  }

  /** This outcome with the fingerprints of its findings worked out. */
  public FileOutcome withFingerprints() {
    if (!fingerprints.isEmpty() || findings.isEmpty()) {
      return this;
    }
    List<String> digests = new ArrayList<>(findings.size());
    findings.forEach(f -> digests.add(f.fingerprint()));
    return new FileOutcome(findings, papers, entries, suppressions, localFiles, digests);
  }

  /** Adds each finding's fingerprint, when worked out, to {@code known}. */
  public void fingerprintsInto(Map<Finding, String> known) {
    for (int i = 0; i < fingerprints.size(); i++) {
      known.put(findings.get(i), fingerprints.get(i));
    }
  }
}
