package org.paperdigest.digest.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.paperdigest.digest.model.AuthorItem;
import org.paperdigest.digest.model.Entry;

/** DG110 and DG115: names of an entry's author list that repeat or look alike. */
public final class AuthorChecks {

  /** Author lists up to this long are first compared by hashes, pair by pair. */
  private static final int PAIRWISE_LIMIT = 64;

  private AuthorChecks() {}

  /** DG110, one per entry, at the first repeat; the message counts every repeated name. */
  static void duplicateAuthor(Entry entry, Consumer<Hit> hits) {
    List<AuthorItem> names = names(entry);
    List<String> keys = new ArrayList<>(names.size());
    long[] hashes = new long[names.size()];
    for (int i = 0; i < hashes.length; i++) {
      String key = AuthorKeys.sameName(names.get(i).text());
      keys.add(key);
      hashes[i] = key.hashCode();
    }
    if (!anyEqual(hashes)) {
      return; // the usual list: no two keys even share a hash
    }
    repeats(names, keys, key -> 1).ifPresent(hits);
  }

  /**
   * DG110 with the paper's record at hand: a name the entry lists no more often than {@code record}
   * does is that many people, not a repeat. Empty when no name is repeated beyond that.
   */
  public static Optional<Hit> duplicateAuthor(List<AuthorItem> names, List<String> record) {
    Map<String, Integer> listed = new HashMap<>();
    record.forEach(name -> listed.merge(AuthorKeys.sameName(name), 1, Integer::sum));
    List<String> keys = new ArrayList<>(names.size());
    names.forEach(name -> keys.add(AuthorKeys.sameName(name.text())));
    return repeats(names, keys, key -> Math.max(1, listed.getOrDefault(key, 0)));
  }

  /**
   * The DG110 hit, at the first name seen more often than {@code allowed} lets it be: each name
   * repeated beyond that as first spelled, with its count, in order of first use; empty when none.
   */
  private static Optional<Hit> repeats(
      List<AuthorItem> names, List<String> keys, ToIntFunction<String> allowed) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, String> firstSpelling = new HashMap<>();
    AuthorItem firstRepeat = null;
    for (int i = 0; i < names.size(); i++) {
      int[] count = counts.computeIfAbsent(keys.get(i), k -> new int[1]);
      if (count[0]++ == 0) {
        firstSpelling.put(keys.get(i), names.get(i).text());
      } else if (firstRepeat == null && count[0] > allowed.applyAsInt(keys.get(i))) {
        firstRepeat = names.get(i);
      }
    }
    if (firstRepeat == null) {
      return Optional.empty();
    }
    StringBuilder message = new StringBuilder();
    StringBuilder about = new StringBuilder("repeated author names: ");
    int repeated = 0;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int count = e.getValue()[0];
      int people = allowed.applyAsInt(e.getKey());
      if (count > people) {
        String separator = repeated++ == 0 ? "" : ", ";
        message.append(separator).append(firstSpelling.get(e.getKey()));
        message.append(" (").append(count).append('x');
        message.append(people > 1 ? ", arXiv lists " + people + ")" : ")");
        about.append(separator).append(e.getKey());
      }
    }
    message.insert(0, repeated == 1 ? "repeated author name: " : "repeated author names: ");
    return Optional.of(new Hit(firstRepeat.position(), message.toString(), about.toString()));
  }

  /** DG115, one per entry, listing each pair of look-alike names. */
  static void possibleDuplicateAuthor(Entry entry, Consumer<Hit> hits) {
    List<AuthorItem> names = names(entry);
    long[] hashes = new long[names.size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = AuthorKeys.lookAlikeHash(names.get(i).text());
    }
    if (!anyLookAlikePair(names, hashes)) {
      return; // the usual list: the names whose loose keys' hashes meet, if any, are repeats
    }
    List<String> pairs = new ArrayList<>();
    AuthorItem at =
        names.size() > PAIRWISE_LIMIT
            ? lookAlikesByKeys(names, pairs)
            : lookAlikesByHashes(names, hashes, pairs);
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

  /**
   * Adds to {@code pairs} each name (exact repeats left to DG110) that looks like an earlier one,
   * with the first such earlier name; returns the first of those later names, or {@code null}. For
   * lists of usual length: the loose keys' hashes are compared pair by pair, and keys are built
   * only where two hashes meet (a repeat of a name, mostly).
   */
  private static AuthorItem lookAlikesByHashes(
      List<AuthorItem> names, long[] hashes, List<String> pairs) {
    String[] strict = new String[names.size()];
    for (int i = 0; i < strict.length; i++) {
      strict[i] = AuthorKeys.sameName(names.get(i).text());
    }
    AuthorItem at = null;
    for (int j = 1; j < strict.length; j++) {
      if (repeatsEarlier(strict, j)) {
        continue; // an exact repeat is DG110's
      }
      for (int i = 0; i < j; i++) {
        // The first such name is never a repeat: the name it repeats would come first.
        if (hashes[i] == hashes[j]
            && AuthorKeys.lookAlike(names.get(i).text())
                .equals(AuthorKeys.lookAlike(names.get(j).text()))) {
          pairs.add(pair(names.get(i), names.get(j)));
          at = at == null ? names.get(j) : at;
          break;
        }
      }
    }
    return at;
  }

  /** Like {@link #lookAlikesByHashes}, by maps of the keys themselves: for long lists. */
  private static AuthorItem lookAlikesByKeys(List<AuthorItem> names, List<String> pairs) {
    Map<String, String> byLooseKey = new HashMap<>();
    Map<String, AuthorItem> exact = new LinkedHashMap<>();
    AuthorItem at = null;
    for (AuthorItem item : names) {
      String strict = AuthorKeys.sameName(item.text());
      if (exact.putIfAbsent(strict, item) != null) {
        continue; // an exact repeat is DG110's
      }
      String earlier = byLooseKey.putIfAbsent(AuthorKeys.lookAlike(item.text()), strict);
      if (earlier != null) {
        pairs.add(pair(exact.get(earlier), item));
        at = at == null ? item : at;
      }
    }
    return at;
  }

  /**
   * Whether two names that are not written alike may have the same loose key: their hashes meet.
   * Pair by pair in lists of usual length; a longer list is left to the exact way.
   */
  private static boolean anyLookAlikePair(List<AuthorItem> names, long[] hashes) {
    if (hashes.length > PAIRWISE_LIMIT) {
      return true;
    }
    for (int j = 1; j < hashes.length; j++) {
      for (int i = 0; i < j; i++) {
        if (hashes[i] == hashes[j] && !names.get(i).text().equals(names.get(j).text())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean repeatsEarlier(String[] keys, int k) {
    for (int m = 0; m < k; m++) {
      if (keys[m].hashCode() == keys[k].hashCode() && keys[m].equals(keys[k])) {
        return true;
      }
    }
    return false;
  }

  private static String pair(AuthorItem first, AuthorItem later) {
    return "\"" + first.text() + "\" and \"" + later.text() + "\"";
  }

  /**
   * Whether two of {@code values} may be equal: compared pair by pair in lists of usual length,
   * where that is quicker than a set or a sort and needs no more compiled code; a longer list is
   * left to the exact way.
   */
  private static boolean anyEqual(long[] values) {
    if (values.length > PAIRWISE_LIMIT) {
      return true;
    }
    for (int i = 1; i < values.length; i++) {
      for (int j = 0; j < i; j++) {
        if (values[i] == values[j]) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<AuthorItem> names(Entry entry) {
    return entry.authors().isPresent() ? entry.authors().get().names() : List.of();
  }
}
