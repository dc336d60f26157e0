package org.paperdigest.digest.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperdigest.digest.model.DateHeader;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.Entry;
import org.paperdigest.digest.model.Section;
import org.paperdigest.digest.model.SourcePosition;

/** DG001-DG005: the dated headers of a file. */
final class HeaderChecks {

  private static final Pattern PATH_DATE =
      Pattern.compile("(?:^|/)(\\d{4})(?:/|-)(\\d{2})(?:/|-)(\\d{2})\\.md$");

  private HeaderChecks() {}

  /** DG001, one per file. */
  static void missingHeader(DigestFile file, Consumer<Hit> hits) {
    List<Section> sections = file.sections();
    if (sections.isEmpty()) {
      hits.accept(new Hit(SourcePosition.START, "no '## Daily Papers (YYYY-MM-DD)' header"));
    } else if (sections.get(0).header().isEmpty()) {
      Entry first = sections.get(0).entries().get(0);
      hits.accept(
          new Hit(
              first.position(), "no '## Daily Papers (YYYY-MM-DD)' header before the first entry"));
    }
  }

  /** DG002, one per header. */
  static void invalidDate(Section section, Consumer<Hit> hits) {
    section
        .header()
        .filter(h -> h.date().isEmpty())
        .ifPresent(
            h ->
                hits.accept(
                    new Hit(
                        h.datePosition(),
                        "\"" + h.dateText() + "\" is not a real YYYY-MM-DD date")));
  }

  /** DG003, one per file whose path holds a date. */
  static void datePathMismatch(DigestFile file, Consumer<Hit> hits) {
    Optional<LocalDate> pathDate = pathDate(file.path());
    List<DateHeader> headers = file.headers();
    if (pathDate.isEmpty() || headers.isEmpty()) {
      return;
    }
    DateHeader first = headers.get(0);
    if (first.date().isPresent() && !first.date().equals(pathDate)) {
      hits.accept(
          new Hit(
              first.datePosition(),
              "header date "
                  + first.dateText()
                  + " differs from the date "
                  + pathDate.get()
                  + " in the path"));
    }
  }

  /** DG004, one per file, at the second header. */
  static void repeatedHeader(DigestFile file, Consumer<Hit> hits) {
    List<DateHeader> headers = file.headers();
    if (headers.size() > 1) {
      hits.accept(
          new Hit(
              headers.get(1).position(),
              headers.size()
                  + " digest headers in one file; the first is at line "
                  + headers.get(0).position().line(),
              "repeated digest header"));
    }
  }

  /** DG005, one per header without entries. */
  static void emptyDigest(Section section, Consumer<Hit> hits) {
    section
        .header()
        .filter(h -> section.entries().isEmpty())
        .ifPresent(h -> hits.accept(new Hit(h.position(), "no entry under the digest header")));
  }

  /** The date a path such as {@code paper_logs/2024/01/08.md} or {@code 2024-01-08.md} names. */
  static Optional<LocalDate> pathDate(String path) {
    Matcher m = PATH_DATE.matcher(path);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
