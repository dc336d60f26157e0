package org.paperdigest.maven.links;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.paperdigest.digest.DecodedText;
import org.paperdigest.digest.DigestParser;
import org.paperdigest.digest.model.AuthorItem;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.DigestSource;
import org.paperdigest.digest.model.Entry;

/**
 * The authors bench's arXiv (digest-maven-plugin/src/bench/authors-bench.sh): reads a generated
 * corpus, makes up arXiv's record of each paper from the first entry that names it, with a known
 * difference planted in most (the same names in another order, as a bot that joins a set writes
 * them; a name the entry lacks; a name with a diacritic the entry dropped), serves those records on
 * 127.0.0.1 as the arXiv API does, and checks a run's JSON report against what was planted.
 *
 * <pre>
 *   ArxivStandIn serve &lt;corpus&gt; &lt;port file&gt;   # until killed
 *   ArxivStandIn verify &lt;corpus&gt; &lt;digest.json&gt;
 * </pre>
 */
public final class ArxivStandIn {

  /** What a paper's record holds, and which rule the first entry naming it must get. */
  private record Planted(List<String> authors, String rule) {}

  private ArxivStandIn() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[1]);
    Map<String, Planted> papers = new TreeMap<>();
    Map<String, String> firstEntry = new HashMap<>();
    plant(corpus, papers, firstEntry);
    if (args[0].equals("serve")) {
      try (TestServer server = new TestServer()) {
        papers.forEach(
            (id, p) -> server.paper(id, 1, "Paper " + id, p.authors().toArray(String[]::new)));
        Files.writeString(Path.of(args[2]), Integer.toString(server.port()));
        System.out.println("listening on " + server.port() + " with " + papers.size() + " papers");
        Thread.sleep(Long.MAX_VALUE);
      }
    } else {
      verify(papers, firstEntry, Path.of(args[2]));
    }
  }

  /** Every entry's first paper gets a record; {@code firstEntry} maps path:line to its id. */
  private static void plant(Path corpus, Map<String, Planted> papers, Map<String, String> first)
      throws IOException {
    DigestParser parser = DigestParser.create();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus.resolve("paper_logs"))) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    for (Path file : files) {
      String text = DecodedText.decode(Files.readAllBytes(file)).text().orElse("");
      DigestFile digest = parser.parse(DigestSource.inRepository(corpus, file), text);
      for (Entry entry : digest.entries()) {
        if (entry.title().arxivId().isEmpty() || entry.authors().isEmpty()) {
          continue;
        }
        String id = entry.title().arxivId().get().id();
        if (papers.containsKey(id)) {
          continue; // featured again: held to the first entry's record, not planted
        }
        Planted planted = planted(id, entry);
        papers.put(id, planted);
        first.put(digest.path() + ":" + entry.authors().get().position().line(), id);
      }
    }
  }

  /** arXiv's record of the paper, made up from the entry: a fixed share of each difference. */
  private static Planted planted(String id, Entry entry) {
    // One name per DG110 key (NFC, whitespace folded): repeats are DG110's, not the record's.
    Map<String, String> distinct = new LinkedHashMap<>();
    for (AuthorItem item : entry.authors().get().names()) {
      String key = Normalizer.normalize(item.text(), Normalizer.Form.NFC).strip();
      distinct.putIfAbsent(key.replaceAll("\\s+", " "), item.text());
    }
    List<String> names = new ArrayList<>(distinct.values());
    boolean cut = entry.authors().get().items().stream().anyMatch(AuthorItem::isTruncationMarker);
    Random random = new Random(id.hashCode());
    int kind = random.nextInt(100);
    List<String> record = new ArrayList<>(names);
    String rule = "";
    if (names.isEmpty()) {
      rule = "";
    } else if (kind < 78 && names.size() > 1) {
      do {
        java.util.Collections.shuffle(record, random);
      } while (record.equals(names));
      rule = "DG122";
    } else if (kind < 84) {
      record.add(names.size() / 2, "Emmy Noether");
      rule = "DG121";
    } else if (kind < 88 && respelled(names.get(0)) != null) {
      record.set(0, respelled(names.get(0)));
      rule = "DG121";
    }
    if (cut) {
      record.add("Grace Hopper");
      record.add("Edsger Dijkstra");
    }
    return new Planted(record, rule);
  }

  /** The name with its first plain vowel given a diacritic, or null when it has none. */
  private static String respelled(String name) {
    String plain = "aeiou";
    String marked = "áéíóú";
    for (int i = 0; i < name.length(); i++) {
      int at = plain.indexOf(name.charAt(i));
      if (at >= 0) {
        return name.substring(0, i) + marked.charAt(at) + name.substring(i + 1);
      }
    }
    return null;
  }

  /** Compares the DG121 and DG122 findings of a JSON report with what was planted. */
  private static void verify(Map<String, Planted> papers, Map<String, String> first, Path report)
      throws IOException {
    JsonNode json = new ObjectMapper().readTree(Files.readString(report, StandardCharsets.UTF_8));
    Map<String, String> found = new HashMap<>();
    int onRepeats = 0;
    for (JsonNode finding : json.path("findings")) {
      String rule = finding.path("ruleId").asText();
      if (rule.equals("DG121") || rule.equals("DG122")) {
        // Reports name files from the git work tree's root: keep the corpus's own path.
        String path = finding.path("path").asText();
        String at =
            path.substring(path.indexOf("paper_logs/")) + ":" + finding.path("line").asInt();
        if (first.containsKey(at)) {
          found.put(at, rule);
        } else {
          onRepeats++;
        }
      }
    }
    int planted = 0;
    int agreeing = 0;
    Set<String> wrong = new HashSet<>();
    for (Map.Entry<String, String> entry : first.entrySet()) {
      String expected = papers.get(entry.getValue()).rule();
      String actual = found.getOrDefault(entry.getKey(), "");
      planted += expected.isEmpty() ? 0 : 1;
      agreeing += expected.isEmpty() ? 1 : 0;
      if (!expected.equals(actual)) {
        wrong.add(entry.getKey() + " planted " + expected + ", found " + actual);
      }
    }
    long dg121 = papers.values().stream().filter(p -> p.rule().equals("DG121")).count();
    long dg122 = papers.values().stream().filter(p -> p.rule().equals("DG122")).count();
    System.out.printf(
        "papers %d: planted %d (DG121 %d, DG122 %d), agreeing %d; findings on exactly the planted"
            + " entries: %s; %d more on papers featured again with another author list%n",
        papers.size(),
        planted,
        dg121,
        dg122,
        agreeing,
        wrong.isEmpty() ? "yes" : "NO (" + wrong.size() + ", e.g. " + wrong.iterator().next() + ")",
        onRepeats);
    if (!wrong.isEmpty()) {
      System.exit(1);
    }
  }
}
