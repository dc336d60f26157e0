package org.paperdigest.digest.internal.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.paperdigest.digest.internal.parse.SourceLines;
import org.paperdigest.digest.model.ArxivId;
import org.paperdigest.digest.model.AuthorList;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.Entry;
import org.paperdigest.digest.model.SourcePosition;

/**
 * What one entry says about the paper its title links to: the small part of a parsed file that the
 * rules holding entries to their papers' records need, kept instead of the file until the records
 * are known. {@code title} is there when the heading is a well-formed title.
 */
public record EntryClaim(
    String path, String id, Optional<TitleText> title, Optional<AuthorList> authors) {

  /** An entry's title text, and where that text starts (after the heading's {@code ### [}). */
  public record TitleText(String text, SourcePosition position) {
    public TitleText {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(position, "position");
    }
  }

  public EntryClaim {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(authors, "authors");
  }

  /** The claims of every entry of {@code file} whose title links to an arXiv paper, in order. */
  public static List<EntryClaim> of(DigestFile file) {
    List<EntryClaim> claims = new ArrayList<>();
    SourceLines lines = SourceLines.of(file.text());
    for (Entry entry : file.entries()) {
      Optional<ArxivId> id = entry.title().arxivId();
      if (id.isEmpty()) {
        continue;
      }
      Optional<TitleText> title =
          entry.title().wellFormed()
              ? Optional.of(new TitleText(entry.title().text(), textStart(lines, entry)))
              : Optional.empty();
      claims.add(new EntryClaim(file.path(), id.get().id(), title, entry.authors()));
    }
    return claims;
  }

  /** Where the title's link text starts: after the heading's {@code ### [}. */
  private static SourcePosition textStart(SourceLines lines, Entry entry) {
    SourcePosition heading = entry.title().position();
    int bracket = lines.line(heading.line() - 1).indexOf('[', heading.column() - 1);
    return bracket < 0 ? heading : new SourcePosition(heading.line(), bracket + 2);
  }
}
