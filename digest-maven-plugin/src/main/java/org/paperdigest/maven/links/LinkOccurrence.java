package org.paperdigest.maven.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.Entry;
import org.paperdigest.digest.model.Link;
import org.paperdigest.digest.model.SourcePosition;

/**
 * One link as written in one file; {@code title} is set when the link is an entry's title link (for
 * DG116).
 */
public record LinkOccurrence(String path, Link link, Optional<EntryTitle> title) {

  /** An entry's title text, and where that text starts. */
  public record EntryTitle(String text, SourcePosition position) {}

  public LinkOccurrence {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(title, "title");
  }

  /** Every link of a parsed file, in file order. */
  public static List<LinkOccurrence> of(DigestFile file) {
    Map<SourcePosition, EntryTitle> titles = new HashMap<>();
    for (Entry entry : file.entries()) {
      if (entry.title().wellFormed()) {
        entry
            .title()
            .link()
            .ifPresent(
                l ->
                    titles.put(
                        l.position(),
                        new EntryTitle(entry.title().text(), textStart(file, entry))));
      }
    }
    List<LinkOccurrence> links = new ArrayList<>();
    for (Link link : file.links()) {
      links.add(
          new LinkOccurrence(file.path(), link, Optional.ofNullable(titles.get(link.position()))));
    }
    return links;
  }

  /** Where the title's link text starts: after the heading's {@code ### [}. */
  private static SourcePosition textStart(DigestFile file, Entry entry) {
    SourcePosition heading = entry.title().position();
    int lineStart = 0;
    for (int line = 1; line < heading.line() && lineStart >= 0; line++) {
      int next = file.text().indexOf('\n', lineStart);
      lineStart = next < 0 ? -1 : next + 1;
    }
    if (lineStart < 0) {
      return heading;
    }
    int bracket = file.text().indexOf('[', lineStart + heading.column() - 1);
    int lineEnd = file.text().indexOf('\n', lineStart);
    if (bracket < 0 || (lineEnd >= 0 && bracket > lineEnd)) {
      return heading;
    }
    return new SourcePosition(heading.line(), bracket - lineStart + 2);
  }
}
