package org.paperdigest.digest;

import java.util.List;
import java.util.Objects;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.Entry;
import org.paperdigest.digest.model.SourcePosition;

/**
 * Where an entry names a paper: the arXiv id without version and the position of the title link.
 * The small part of a parsed file that cross-file checks (DG113) need, so the file itself can go.
 */
public record PaperOccurrence(String arxivId, String path, SourcePosition position) {

  public PaperOccurrence {
    Objects.requireNonNull(arxivId, "arxivId");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(position, "position");
  }

  /** Every paper the file's entries name, in order. */
  public static List<PaperOccurrence> of(DigestFile file) {
    return file.entries().stream()
        .filter(e -> e.title().arxivId().isPresent())
        .map(e -> of(file.path(), e))
        .toList();
  }

  private static PaperOccurrence of(String path, Entry entry) {
    return new PaperOccurrence(
        entry.title().arxivId().orElseThrow().id(),
        path,
        entry.title().link().orElseThrow().position());
  }
}
