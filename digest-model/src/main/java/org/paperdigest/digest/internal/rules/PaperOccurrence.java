package org.paperdigest.digest.internal.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.paperdigest.digest.model.ArxivId;
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
    List<PaperOccurrence> papers = new ArrayList<>();
    for (Entry entry : file.entries()) {
      Optional<ArxivId> id = entry.title().arxivId();
      if (id.isPresent()) {
        papers.add(
            new PaperOccurrence(
                id.get().id(), file.path(), entry.title().link().orElseThrow().position()));
      }
    }
    return Collections.unmodifiableList(papers);
  }
}
