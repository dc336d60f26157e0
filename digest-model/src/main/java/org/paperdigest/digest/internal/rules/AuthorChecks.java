package org.paperdigest.digest.internal.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.paperdigest.digest.Severity;
import org.paperdigest.digest.model.AuthorItem;
import org.paperdigest.digest.model.AuthorList;
import org.paperdigest.digest.model.Entry;

/** DG108-DG111 and DG115: an entry's author list. */
public final class AuthorChecks {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  private AuthorChecks() {}

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
    List<AuthorItem> empty = items(entry).stream().filter(AuthorItem::isEmpty).toList();
    if (!empty.isEmpty()) {
      hits.accept(
          new Hit(
              empty.get(0).position(),
              empty.size() == 1
                  ? "an empty item in the author list"
                  : empty.size() + " empty items in the author list",
              "empty items in the author list"));
    }
  }

  /** DG110, one per entry, at the first repeat; the message counts every repeated name. */
  static void duplicateAuthor(Entry entry, Consumer<Hit> hits) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, String> firstSpelling = new HashMap<>();
    AuthorItem firstRepeat = null;
    for (AuthorItem item : names(entry)) {
      String key = sameName(item.text());
      int count = counts.merge(key, 1, Integer::sum);
      firstSpelling.putIfAbsent(key, item.text());
      if (count == 2 && firstRepeat == null) {
        firstRepeat = item;
      }
    }
    if (firstRepeat == null) {
      return;
    }
    List<String> repeated = new ArrayList<>();
    List<String> names = new ArrayList<>();
    counts.forEach(
        (key, count) -> {
          if (count > 1) {
            repeated.add(firstSpelling.get(key) + " (" + count + "x)");
            names.add(key);
          }
        });
    hits.accept(
        new Hit(
            firstRepeat.position(),
            (repeated.size() == 1 ? "repeated author name: " : "repeated author names: ")
                + String.join(", ", repeated),
            "repeated author names: " + String.join(", ", names)));
  }

  /** DG111; a {@code +} that is not last makes the finding a warning at least. */
  static void truncatedAuthors(Entry entry, Consumer<Hit> hits) {
    List<AuthorItem> items = items(entry);
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).isTruncationMarker()) {
        boolean last = items.subList(i + 1, items.size()).stream().allMatch(AuthorItem::isEmpty);
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

  /** DG115, one per entry, listing each pair of look-alike names. */
  static void possibleDuplicateAuthor(Entry entry, Consumer<Hit> hits) {
    Map<String, String> byLooseKey = new HashMap<>();
    Map<String, AuthorItem> exact = new LinkedHashMap<>();
    List<String> pairs = new ArrayList<>();
    AuthorItem at = null;
    for (AuthorItem item : names(entry)) {
      String strict = sameName(item.text());
      if (exact.putIfAbsent(strict, item) != null) {
        continue; // an exact repeat is DG110's
      }
      String loose = lookAlike(item.text());
      String earlier = byLooseKey.putIfAbsent(loose, strict);
      if (earlier != null) {
        pairs.add("\"" + exact.get(earlier).text() + "\" and \"" + item.text() + "\"");
        if (at == null) {
          at = item;
        }
      }
    }
    if (at != null) {
      hits.accept(
          new Hit(
              at.position(),
              String.join(", ", pairs)
                  + (pairs.size() == 1
                      ? " may name the same person"
                      : " may name the same people")));
    }
  }

  /** The DG110 key: NFC, whitespace folded. */
  public static String sameName(String name) {
    if (isPlainAscii(name)) {
      return name; // NFC leaves ASCII as it is, and there is no whitespace to fold
    }
    return WHITESPACE
        .matcher(Normalizer.normalize(name, Normalizer.Form.NFC))
        .replaceAll(" ")
        .strip();
  }

  /** The DG115 key: no case, no diacritics, punctuation as spaces. */
  static String lookAlike(String name) {
    if (isAscii(name)) {
      return asciiLookAlike(name);
    }
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    return WHITESPACE
        .matcher(NOT_LETTER_OR_DIGIT.matcher(bare).replaceAll(" "))
        .replaceAll(" ")
        .strip();
  }

  /**
   * Printable ASCII with single spaces between words and none at either end: the usual name, whose
   * DG110 key is itself.
   */
  private static boolean isPlainAscii(String name) {
    int n = name.length();
    if (n == 0 || name.charAt(0) == ' ' || name.charAt(n - 1) == ' ') {
      return false;
    }
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c < ' ' || c > '~' || (c == ' ' && previous == ' ')) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  private static boolean isAscii(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #lookAlike} of an ASCII name, in one pass: NFKD and the marks change nothing there, so
   * the key is the lower-cased runs of letters and digits, joined by single spaces.
   */
  private static String asciiLookAlike(String name) {
    StringBuilder key = new StringBuilder(name.length());
    boolean gap = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
        letterOrDigit = true;
      }
      if (!letterOrDigit) {
        gap = true;
      } else {
        if (gap && key.length() > 0) {
          key.append(' ');
        }
        gap = false;
        key.append(c);
      }
    }
    return key.toString();
  }

  private static List<AuthorItem> items(Entry entry) {
    return entry.authors().map(AuthorList::items).orElse(List.of());
  }

  private static List<AuthorItem> names(Entry entry) {
    return entry.authors().map(AuthorList::names).orElse(List.of());
  }
}
