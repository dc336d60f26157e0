package org.paperdigest.digest.internal.records;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.internal.rules.AuthorKeys;
import org.paperdigest.digest.model.AuthorItem;

/**
 * DG121 and DG122: an entry's author names held to the names its paper's record lists, in order.
 * Names are the same when their DG110 keys are ({@link AuthorKeys#sameName}), and spelled
 * differently when only their {@link AuthorKeys#spelling} keys are. A repeat beyond what the record
 * lists is DG110's, and is left out here; a list cut with {@code +} is held to as many of the
 * record's first names as it holds.
 */
public final class AuthorMatch {

  /** At most this many names of one kind are named in a message; the others are counted. */
  private static final int NAMED = 10;

  private static final String[] ORDINALS = {
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth"
  };

  /** How an entry's authors differ from the record's: the rule that reports it, and how. */
  public record Difference(Rule rule, String message) {}

  private AuthorMatch() {}

  /**
   * How the names of {@code items} differ from {@code record}'s: DG121 when names are missing,
   * extra or spelled differently, DG122 when they are the same in another order; empty when they
   * agree, when the list holds no name, or when the record lists none.
   */
  public static Optional<Difference> compare(List<AuthorItem> items, List<String> record) {
    List<String> names = withoutRepeats(items, record);
    if (names.isEmpty() || record.isEmpty()) {
      return Optional.empty();
    }
    boolean cut = items.stream().anyMatch(AuthorItem::isTruncationMarker);
    List<String> expected = cut ? record.subList(0, Math.min(names.size(), record.size())) : record;
    Pairing pairing = Pairing.of(names, expected);
    List<String> parts = differences(names, expected, record, cut, pairing);
    if (!parts.isEmpty()) {
      if (pairing.missing().isEmpty() && pairing.unpaired().isEmpty() && !pairing.inOrder()) {
        parts.add("the order differs too");
      }
      return Optional.of(new Difference(Rule.DG121, String.join("; ", parts)));
    }
    if (pairing.inOrder()) {
      return Optional.empty();
    }
    int position = pairing.firstOutOfOrder();
    String name = display(expected.get(position));
    return Optional.of(
        new Difference(
            Rule.DG122,
            "arXiv's "
                + ordinal(position)
                + " author is "
                + name
                + "; here "
                + name
                + " is "
                + ordinal(pairing.entryIndexOf(position))));
  }

  /**
   * The names of {@code items}, in order, without the repeats DG110 reports: a name is kept as many
   * times as {@code record} lists it, and at least once.
   */
  public static List<String> withoutRepeats(List<AuthorItem> items, List<String> record) {
    Map<String, Integer> allowed = new HashMap<>();
    record.forEach(name -> allowed.merge(AuthorKeys.sameName(name), 1, Integer::sum));
    Map<String, Integer> seen = new HashMap<>();
    List<String> names = new ArrayList<>(items.size());
    for (AuthorItem item : items) {
      if (!item.isName()) {
        continue;
      }
      String key = AuthorKeys.sameName(item.text());
      if (seen.merge(key, 1, Integer::sum) <= Math.max(1, allowed.getOrDefault(key, 0))) {
        names.add(item.text());
      }
    }
    return names;
  }

  private static List<String> differences(
      List<String> names, List<String> expected, List<String> record, boolean cut, Pairing p) {
    List<String> parts = new ArrayList<>();
    if (!p.missing().isEmpty()) {
      parts.add("missing " + listed(p.missing().stream().map(expected::get).toList()));
    }
    List<String> beyond = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (int i : p.unpaired()) {
      String name = names.get(i);
      boolean later = cut && listsLater(record, expected.size(), name);
      (later ? beyond : unknown).add(name);
    }
    if (!unknown.isEmpty()) {
      parts.add(
          listed(unknown)
              + (unknown.size() == 1 ? " is not an author" : " are not authors")
              + " on arXiv");
    }
    if (!beyond.isEmpty()) {
      parts.add(
          listed(beyond)
              + (beyond.size() == 1 ? " is not" : " are not")
              + " among arXiv's first "
              + expected.size()
              + " authors, where the cut list stops");
    }
    if (!p.respelled().isEmpty()) {
      List<String> spellings = new ArrayList<>();
      for (int i : p.respelled()) {
        spellings.add(
            "\""
                + display(names.get(i))
                + "\" is \""
                + display(expected.get(p.expectedIndexOf(i)))
                + "\" on arXiv");
      }
      parts.add(listed(spellings));
    }
    return parts;
  }

  /** Whether the record lists {@code name} after its first {@code from} names. */
  private static boolean listsLater(List<String> record, int from, String name) {
    String key = AuthorKeys.spelling(name);
    for (int j = from; j < record.size(); j++) {
      if (AuthorKeys.spelling(record.get(j)).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** The first {@link #NAMED} items, and how many more there are. */
  private static String listed(List<String> items) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < Math.min(NAMED, items.size()); i++) {
      shown.add(display(items.get(i)));
    }
    String more = items.size() > NAMED ? " and " + (items.size() - NAMED) + " more" : "";
    return String.join(", ", shown) + more;
  }

  /** A name on one line: whitespace runs as one space, none at either end. */
  static String display(String name) {
    return TitleMatch.display(name);
  }

  /** {@code first}, {@code second}, ... for a 0-based position; {@code 13th} and on past twelve. */
  static String ordinal(int position) {
    int n = position + 1;
    if (n <= ORDINALS.length) {
      return ORDINALS[n - 1];
    }
    String suffix =
        n % 100 >= 11 && n % 100 <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }

  /**
   * Which expected name each entry name is: first the same names, in order, then among the rest the
   * names spelled differently; {@code pairOf[i]} is the expected index of entry name {@code i}, or
   * -1.
   */
  private record Pairing(int[] pairOf, int[] entryOf, List<Integer> respelled) {

    static Pairing of(List<String> names, List<String> expected) {
      int[] pairOf = new int[names.size()];
      int[] entryOf = new int[expected.size()];
      Arrays.fill(pairOf, -1);
      Arrays.fill(entryOf, -1);
      pair(names, expected, pairOf, entryOf, AuthorKeys::sameName);
      List<Integer> before = unpaired(pairOf);
      pair(names, expected, pairOf, entryOf, AuthorKeys::spelling);
      List<Integer> respelled = new ArrayList<>();
      for (int i : before) {
        if (pairOf[i] >= 0) {
          respelled.add(i);
        }
      }
      return new Pairing(pairOf, entryOf, respelled);
    }

    private static void pair(
        List<String> names,
        List<String> expected,
        int[] pairOf,
        int[] entryOf,
        Function<String, String> key) {
      Map<String, ArrayDeque<Integer>> open = new HashMap<>();
      for (int j = 0; j < expected.size(); j++) {
        if (entryOf[j] < 0) {
          open.computeIfAbsent(key.apply(expected.get(j)), k -> new ArrayDeque<>()).add(j);
        }
      }
      for (int i = 0; i < names.size(); i++) {
        if (pairOf[i] >= 0) {
          continue;
        }
        ArrayDeque<Integer> candidates = open.get(key.apply(names.get(i)));
        if (candidates != null && !candidates.isEmpty()) {
          int j = candidates.poll();
          pairOf[i] = j;
          entryOf[j] = i;
        }
      }
    }

    private static List<Integer> unpaired(int[] pairOf) {
      List<Integer> free = new ArrayList<>();
      for (int i = 0; i < pairOf.length; i++) {
        if (pairOf[i] < 0) {
          free.add(i);
        }
      }
      return free;
    }

    List<Integer> unpaired() {
      return unpaired(pairOf);
    }

    List<Integer> missing() {
      return unpaired(entryOf);
    }

    int expectedIndexOf(int entryIndex) {
      return pairOf[entryIndex];
    }

    int entryIndexOf(int expectedIndex) {
      return entryOf[expectedIndex];
    }

    /** Whether every entry name stands where its expected name does. */
    boolean inOrder() {
      return firstOutOfOrder() < 0;
    }

    /** The first expected position whose name the entry holds elsewhere, or -1. */
    int firstOutOfOrder() {
      for (int j = 0; j < entryOf.length; j++) {
        if (entryOf[j] >= 0 && entryOf[j] != j) {
          return j;
        }
      }
      return -1;
    }
  }
}
