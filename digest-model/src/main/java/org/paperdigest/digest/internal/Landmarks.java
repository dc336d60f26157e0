package org.paperdigest.digest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.Entry;
import org.paperdigest.digest.model.Section;
import org.paperdigest.digest.model.SourcePosition;

/**
 * The headers and entry headings of a file in source order: what a position belongs to (for finding
 * subjects that survive moved lines) and which lines an entry spans (for suppressions).
 */
public final class Landmarks {

  /** A header or an entry: where it starts and a name that does not depend on where. */
  private record Mark(SourcePosition position, String name, boolean entry) {}

  private final List<Mark> marks;

  private Landmarks(List<Mark> marks) {
    this.marks = marks;
  }

  public static Landmarks of(DigestFile file) {
    List<Mark> marks = new ArrayList<>();
    for (Section section : file.sections()) {
      section
          .header()
          .ifPresent(h -> marks.add(new Mark(h.position(), "header " + h.dateText(), false)));
      for (Entry entry : section.entries()) {
        marks.add(new Mark(entry.position(), name(entry), true));
      }
    }
    return new Landmarks(marks);
  }

  /** An entry's name: its paper, or its title when it names none. */
  public static String name(Entry entry) {
    return entry
        .title()
        .arxivId()
        .map(id -> "paper " + id.id())
        .orElseGet(() -> "entry \"" + entry.title().text().strip() + "\"");
  }

  /** {@code about}, prefixed with the header or entry that {@code position} lies under. */
  public String subject(SourcePosition position, String about) {
    Mark mark = null;
    for (Mark m : marks) {
      if (m.position().compareTo(position) > 0) {
        break;
      }
      mark = m;
    }
    return mark == null ? about : mark.name() + ": " + about;
  }

  /**
   * The first and last line of the first entry that starts after {@code line}: from its heading to
   * the line before the next header or entry (or {@link Integer#MAX_VALUE} at the end).
   */
  public Optional<int[]> nextEntryLines(int line) {
    for (int i = 0; i < marks.size(); i++) {
      Mark m = marks.get(i);
      if (m.entry() && m.position().line() > line) {
        int last =
            i + 1 < marks.size() ? marks.get(i + 1).position().line() - 1 : Integer.MAX_VALUE;
        return Optional.of(new int[] {m.position().line(), last});
      }
    }
    return Optional.empty();
  }
}
