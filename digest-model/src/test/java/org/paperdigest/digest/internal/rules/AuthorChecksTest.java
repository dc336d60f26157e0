package org.paperdigest.digest.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.paperdigest.digest.DigestParser;
import org.paperdigest.digest.model.AuthorItem;
import org.paperdigest.digest.model.DigestSource;
import org.paperdigest.digest.model.Entry;

/**
 * DG110 and DG115 compare hashes of the names' keys first, pair by pair, and keys only where two
 * hashes meet; over generated author lists, short and long, their hits must be those of the plain
 * definition: sets and maps of the keys themselves.
 */
class AuthorChecksTest {

  private static final String[] NAMES = {
    "Jean Luc",
    "jean luc",
    "Jéan Luc",
    "Jean-Luc",
    "Jean  Luc",
    "J. Smith",
    "J Smith",
    "j. smith",
    "Kölle",
    "Kolle",
    "KÖLLE",
    "Anna Li",
    "Anna Li",
    "Li Anna",
    "Paweł Nowak",
    "Pawel Nowak",
    "Ivan Vulić",
    "Ivan Vulic",
    "李 华",
    "李華",
    "Ａnna Li",
    "Bob",
    "Bob",
    "Carol",
    "Dave",
    "Eve",
    "Ōtsuka",
    "Otsuka",
    "ǅemal",
    "Dzemal",
    "Ἀθηνᾶ",
    "Αθηνα",
    "+",
    ""
  };

  @Test
  void hitsAreThoseOfTheDefinition() {
    Random random = new Random(42);
    int dg110 = 0;
    int dg115 = 0;
    for (int round = 0; round < 4_000; round++) {
      int count = random.nextInt(10) == 0 ? 65 + random.nextInt(30) : random.nextInt(12);
      List<String> names = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        names.add(NAMES[random.nextInt(NAMES.length)]);
      }
      Entry entry = entry(names);
      List<Hit> repeats = new ArrayList<>();
      AuthorChecks.duplicateAuthor(entry, repeats::add);
      assertThat(messages(repeats)).as("DG110 %s", names).isEqualTo(duplicates(entry));
      List<Hit> lookAlikes = new ArrayList<>();
      AuthorChecks.possibleDuplicateAuthor(entry, lookAlikes::add);
      assertThat(messages(lookAlikes)).as("DG115 %s", names).isEqualTo(lookAlikes(entry));
      dg110 += repeats.size();
      dg115 += lookAlikes.size();
    }
    assertThat(dg110).isGreaterThan(1_000);
    assertThat(dg115).isGreaterThan(1_000);
  }

  private static Entry entry(List<String> names) {
    String text =
        "## Daily Papers (2024-01-02)\n\n### [T](https://arxiv.org/abs/2401.00001)\n\nVote: 1\n\n"
            + "Authors: "
            + String.join(", ", names)
            + "\n\n- summary\n";
    return DigestParser.create()
        .parse(DigestSource.inMemory("a.md"), text)
        .sections()
        .get(0)
        .entries()
        .get(0);
  }

  private static List<String> messages(List<Hit> hits) {
    return hits.stream().map(h -> h.position() + " " + h.message()).toList();
  }

  private static List<AuthorItem> names(Entry entry) {
    return entry.authors().map(a -> a.names()).orElse(List.of());
  }

  /** DG110 by definition: the first repeat of a key, and each repeated name with its count. */
  private static List<String> duplicates(Entry entry) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, String> spelling = new HashMap<>();
    AuthorItem first = null;
    for (AuthorItem item : names(entry)) {
      String key = AuthorKeys.sameName(item.text());
      spelling.putIfAbsent(key, item.text());
      if (counts.merge(key, 1, Integer::sum) == 2 && first == null) {
        first = item;
      }
    }
    if (first == null) {
      return List.of();
    }
    List<String> repeated = new ArrayList<>();
    counts.forEach(
        (key, n) -> {
          if (n > 1) {
            repeated.add(spelling.get(key) + " (" + n + "x)");
          }
        });
    return List.of(
        first.position()
            + (repeated.size() == 1 ? " repeated author name: " : " repeated author names: ")
            + String.join(", ", repeated));
  }

  /** DG115 by definition: each later name whose loose key an earlier, different name has. */
  private static List<String> lookAlikes(Entry entry) {
    Map<String, String> byLooseKey = new HashMap<>();
    Map<String, AuthorItem> exact = new LinkedHashMap<>();
    List<String> pairs = new ArrayList<>();
    AuthorItem at = null;
    for (AuthorItem item : names(entry)) {
      String strict = AuthorKeys.sameName(item.text());
      if (exact.putIfAbsent(strict, item) != null) {
        continue;
      }
      String earlier = byLooseKey.putIfAbsent(AuthorKeys.lookAlike(item.text()), strict);
      if (earlier != null) {
        pairs.add("\"" + exact.get(earlier).text() + "\" and \"" + item.text() + "\"");
        at = at == null ? item : at;
      }
    }
    if (at == null) {
      return List.of();
    }
    return List.of(
        at.position()
            + " "
            + String.join(", ", pairs)
            + (pairs.size() == 1 ? " may name the same person" : " may name the same people"));
  }
}
