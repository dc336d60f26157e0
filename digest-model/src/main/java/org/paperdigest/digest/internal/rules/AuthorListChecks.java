package org.paperdigest.digest.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.paperdigest.digest.Severity;
import org.paperdigest.digest.model.AuthorItem;
import org.paperdigest.digest.model.AuthorList;
import org.paperdigest.digest.model.AuthorList.Notation;
import org.paperdigest.digest.model.Entry;

/** DG108, DG109, DG111 and DG117: how an entry's author list is written. */
final class AuthorListChecks {

  private AuthorListChecks() {}

  /** DG108. */
  static void missingAuthors(Entry entry, Consumer<Hit> hits) {
    if (entry.authors().isEmpty()) {
      hits.accept(new Hit(entry.position(), "the entry has no Authors: line"));
    } else if (entry.authors().get().names().isEmpty()) {
      hits.accept(new Hit(entry.authors().get().position(), "the Authors: line has no name"));
    }
  }

  /** DG109, one per entry, at the first empty item. */
  static void emptyAuthor(Entry entry, Consumer<Hit> hits) {
    Hit.atFirstOf(
        items(entry),
        AuthorItem::isEmpty,
        AuthorItem::position,
        "an empty item in the author list",
        "empty items in the author list",
        hits);
  }

  /** DG111; a {@code +} that is not last makes the finding a warning at least. */
  static void truncatedAuthors(Entry entry, Consumer<Hit> hits) {
    List<AuthorItem> items = items(entry);
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).isTruncationMarker()) {
        boolean last = true;
        for (int j = i + 1; j < items.size() && last; j++) {
          last = items.get(j).isEmpty();
        }
        hits.accept(
            last
                ? new Hit(items.get(i).position(), "the author list was cut ('+')")
                : new Hit(
                    items.get(i).position(),
                    "the author list was cut ('+'), and the '+' stands at item "
                        + (i + 1)
                        + " of "
                        + items.size()
                        + ", not last",
                    Optional.of(Severity.WARNING)));
        return;
      }
    }
  }

  /** DG117, one per entry, where the code notation first shows. */
  static void authorListSyntax(Entry entry, Consumer<Hit> hits) {
    if (entry.authors().isEmpty() || entry.authors().get().notation().isEmpty()) {
      return;
    }
    AuthorList list = entry.authors().get();
    List<String> how = new ArrayList<>();
    if (list.notation().contains(Notation.BRACKETS)) {
      how.add("in brackets");
    }
    if (list.notation().contains(Notation.QUOTES)) {
      how.add("with names in quotes");
    }
    if (list.notation().contains(Notation.AND_PREFIX)) {
      how.add("with 'and' before a name");
    }
    List<AuthorItem> names = list.names();
    String example =
        names.isEmpty()
            ? ""
            : ": 'Authors: "
                + names.stream().limit(2).map(AuthorItem::text).reduce((a, b) -> a + ", " + b).get()
                + (names.size() > 2 ? ", ..." : "")
                + "'";
    hits.accept(
        new Hit(
            list.notationPosition(),
            "the author list is written as code ("
                + String.join(", ", how)
                + "); write the names separated by commas"
                + example,
            "author list written as code"));
  }

  private static List<AuthorItem> items(Entry entry) {
    return entry.authors().isPresent() ? entry.authors().get().items() : List.of();
  }
}
