package org.paperdigest.digest.internal.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
    for (Entry entry : file.entries()) {
      Optional<ArxivId> id = entry.title().arxivId();
      if (id.isEmpty()) {
        continue;
      }
      Optional<TitleText> title =
          entry.title().wellFormed()
              ? Optional.of(new TitleText(entry.title().text(), textStart(file, entry)))
              : Optional.empty();
      claims.add(new EntryClaim(file.path(), id.get().id(), title, entry.authors()));
    }
    return claims;
  }

  /** Where the title's link text starts: after the heading's {@code ### [}. */
  private static SourcePosition textStart(DigestFile file, Entry entry) {
    SourcePosition heading = entry.title().position();
    String text = file.text();
    int lineStart = 0;
    for (int line = 1; line < heading.line() && lineStart >= 0; line++) {
      int next = text.indexOf('\n', lineStart);
      lineStart = next < 0 ? -1 : next + 1;
    }
    if (lineStart < 0) {
      return heading;
    }
    int bracket = text.indexOf('[', lineStart + heading.column() - 1);
    int lineEnd = text.indexOf('\n', lineStart);
    if (bracket < 0 || (lineEnd >= 0 && bracket > lineEnd)) {
      return heading;
    }
    return new SourcePosition(heading.line(), bracket - lineStart + 2);
  }
}
