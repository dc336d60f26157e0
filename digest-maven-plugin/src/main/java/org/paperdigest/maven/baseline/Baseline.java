package org.paperdigest.maven.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Rule;
import org.paperdigest.maven.output.AtomicFiles;
import org.paperdigest.maven.output.AtomicFiles.Durability;
import org.paperdigest.maven.output.JsonTrees;

/**
 * The findings a repository accepted when it adopted the plugin, keyed by file, rule and subject
 * (never by line), with a count for problems that occur more than once. Stored as sorted, indented
 * JSON so that a change to it reads well in a review.
 */
public final class Baseline {

  /** The format written and understood. */
  static final int FORMAT = 1;

  /** One accepted problem, {@code count} times in its file. */
  public record Entry(String path, String rule, String about, int count) {
    static final Comparator<Entry> ORDER =
        Comparator.comparing(Entry::path).thenComparing(Entry::rule).thenComparing(Entry::about);

    public Entry {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(about, "about");
      if (count < 1) {
        throw new IllegalArgumentException("count must be at least 1, not " + count);
      }
    }

    Key key() {
      return new Key(path, rule, about);
    }
  }

  /** What identifies a finding across edits that move it. */
  record Key(String path, String rule, String about) {
    static Key of(Finding finding) {
      return new Key(finding.path(), finding.ruleId(), finding.subject());
    }
  }

  private final List<Entry> entries;

  private Baseline(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Entry.ORDER);
    this.entries = List.copyOf(sorted);
  }

  /** The baseline that accepts exactly {@code findings}. */
  public static Baseline of(List<Finding> findings) {
    Map<Key, Integer> counts = new LinkedHashMap<>();
    findings.forEach(f -> counts.merge(Key.of(f), 1, Integer::sum));
    List<Entry> entries = new ArrayList<>();
    counts.forEach((k, n) -> entries.add(new Entry(k.path(), k.rule(), k.about(), n)));
    return new Baseline(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  /** How many findings the baseline accepts. */
  public int size() {
    return entries.stream().mapToInt(Entry::count).sum();
  }

  /**
   * Reads a baseline file; a file that is not one (broken JSON, another format, a missing field)
   * fails with a message naming the file and what is wrong, so a gate never runs on a half-read
   * baseline.
   */
  public static Baseline read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JsonTrees.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new BaselineException(
          file
              + " is not a digest baseline: broken JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + " ("
              + e.getOriginalMessage()
              + "); write it again with digest:baseline");
    }
    if (root == null
        || !root.isObject()
        || !"digest-maven-plugin".equals(root.path("tool").asText())
        || root.path("format").asInt() != FORMAT
        || !root.path("findings").isArray()) {
      throw new BaselineException(
          file
              + " is not a digest baseline of format "
              + FORMAT
              + " (expected \"tool\": \"digest-maven-plugin\", \"format\": "
              + FORMAT
              + " and a \"findings\" list); write it again with digest:baseline");
    }
    List<Entry> entries = new ArrayList<>();
    int index = 0;
    for (JsonNode node : root.path("findings")) {
      entries.add(entry(file, index++, node));
    }
    return new Baseline(entries);
  }

  private static Entry entry(Path file, int index, JsonNode node) {
    String path = node.path("path").asText(null);
    String rule = node.path("rule").asText(null);
    String about = node.path("about").asText(null);
    int count = node.path("count").asInt(0);
    if (path == null || rule == null || about == null || count < 1) {
      throw new BaselineException(
          file
              + ": finding "
              + (index + 1)
              + " needs \"path\", \"rule\", \"about\" and a \"count\" of 1 or more");
    }
    if (Rule.find(rule).isEmpty()) {
      throw new BaselineException(file + ": finding " + (index + 1) + " has unknown rule " + rule);
    }
    return new Entry(path, rule, about, count);
  }

  /** Writes the baseline atomically: sorted, indented, with a final newline. */
  public Path write(Path file) throws IOException {
    ObjectNode root = JsonTrees.MAPPER.createObjectNode();
    root.put("tool", "digest-maven-plugin");
    root.put("format", FORMAT);
    ArrayNode list = root.putArray("findings");
    for (Entry entry : entries) {
      list.addObject()
          .put("path", entry.path())
          .put("rule", entry.rule())
          .put("about", entry.about())
          .put("count", entry.count());
    }
    return AtomicFiles.writeJson(file, root, Durability.SYNCED);
  }

  /**
   * Splits {@code findings} (in report order) into those the baseline accepts and new ones, and
   * lists what the baseline holds that no finding matched any more (fixed problems).
   */
  public Triage triage(List<Finding> findings) {
    Map<Key, Integer> left = new LinkedHashMap<>();
    entries.forEach(e -> left.put(e.key(), e.count()));
    List<Finding> fresh = new ArrayList<>();
    List<Finding> accepted = new ArrayList<>();
    for (Finding finding : findings) {
      Key key = Key.of(finding);
      Integer remaining = left.get(key);
      if (remaining != null && remaining > 0) {
        left.put(key, remaining - 1);
        accepted.add(finding);
      } else {
        fresh.add(finding);
      }
    }
    List<Entry> stale = new ArrayList<>();
    left.forEach(
        (k, n) -> {
          if (n > 0) {
            stale.add(new Entry(k.path(), k.rule(), k.about(), n));
          }
        });
    return new Triage(fresh, accepted, stale);
  }
}
