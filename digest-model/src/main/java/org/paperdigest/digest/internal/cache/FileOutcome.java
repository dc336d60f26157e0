package org.paperdigest.digest.internal.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.internal.RepositoryBoundary;
import org.paperdigest.digest.internal.SuppressionScopes;
import org.paperdigest.digest.internal.rules.LocalFiles;
import org.paperdigest.digest.internal.rules.PaperOccurrence;

/**
 * What one file contributes to a run: its own findings (before suppression), the papers it names
 * for DG113, its entry count and its suppression scopes. Small enough to cache per file. {@code
 * localFiles} are the repository files its links name and what each led to when it was checked: its
 * DG206 findings depend on those answers as well as on its bytes. {@code fingerprints} are those of
 * the findings, in their order, when worked out (for the cache, so a re-run need not digest every
 * finding again), or empty.
 */
public record FileOutcome(
    List<Finding> findings,
    List<PaperOccurrence> papers,
    int entries,
    List<SuppressionScopes.Scope> suppressions,
    List<LocalFile> localFiles,
    List<String> fingerprints) {

  /**
   * A repository file a digest links to, relative to the checked folder, and what it led to: a
   * file, nothing, or a symbolic link out of the repository.
   */
  public record LocalFile(String path, RepositoryBoundary.Kind kind) {
    public LocalFile {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(kind, "kind");
    }

    /** Whether the file still leads to what it did, in {@code repository}. */
    boolean unchangedIn(RepositoryBoundary repository) {
      return LocalFiles.kind(repository, repository.folder().resolve(path)) == kind;
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

  /** Whether every repository file the links name leads to what it did when checked. */
  boolean localFilesUnchangedIn(RepositoryBoundary repository) {
    for (LocalFile file : localFiles) {
      if (!file.unchangedIn(repository)) {
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
