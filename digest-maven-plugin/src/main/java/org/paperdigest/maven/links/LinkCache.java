package org.paperdigest.maven.links;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.paperdigest.maven.links.LinkOutcome.Verdict;
import org.paperdigest.maven.output.AtomicFiles;
import org.paperdigest.maven.output.AtomicFiles.Durability;
import org.paperdigest.maven.output.JsonTrees;

/**
 * Results of earlier runs, kept in a JSON file: each URL that worked (or moved permanently) and
 * each arXiv paper that exists, with when it was checked. Entries older than the maximum age are
 * asked again; failures and undecided results are never kept. A file that cannot be read is ignored
 * with a warning.
 */
final class LinkCache {

  static final String FORMAT = "digest-link-cache";
  static final int VERSION = 1;

  private record Link(LinkOutcome outcome, Instant checkedAt) {}

  private record Paper(String title, int version, Instant checkedAt) {}

  private final Map<String, Link> links = new TreeMap<>();
  private final Map<String, Paper> papers = new TreeMap<>();
  private final Duration maxAge;
  private final Instant now;

  private LinkCache(Duration maxAge, Instant now) {
    this.maxAge = maxAge;
    this.now = now;
  }

  static LinkCache empty(Duration maxAge) {
    return new LinkCache(maxAge, Instant.now());
  }

  /** Reads {@code file}, keeping only fresh entries; a missing or unreadable file gives none. */
  static LinkCache load(Path file, Duration maxAge, Consumer<String> warn) {
    LinkCache cache = empty(maxAge);
    JsonNode root;
    try {
      root = JsonTrees.MAPPER.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return cache;
    } catch (IOException | RuntimeException e) {
      warn.accept(
          "Ignoring the link cache " + file + ": it is not valid JSON (" + e.getMessage() + ")");
      return cache;
    }
    if (root == null
        || !FORMAT.equals(root.path("format").asText())
        || root.path("version").asInt() != VERSION) {
      warn.accept(
          "Ignoring the link cache "
              + file
              + ": it is not a "
              + FORMAT
              + " file of version "
              + VERSION);
      return cache;
    }
    try {
      for (Map.Entry<String, JsonNode> e : root.path("links").properties()) {
        JsonNode n = e.getValue();
        Verdict verdict =
            Verdict.valueOf(n.path("verdict").asText("").toUpperCase(java.util.Locale.ROOT));
        Instant at = Instant.parse(n.path("checkedAt").asText());
        LinkOutcome outcome =
            new LinkOutcome(
                verdict,
                n.path("status").asInt(),
                n.path("detail").asText(""),
                Optional.ofNullable(n.path("movedTo").textValue()));
        if (outcome.cacheable()) {
          cache.links.put(e.getKey(), new Link(outcome, at));
        }
      }
      for (Map.Entry<String, JsonNode> e : root.path("arxiv").properties()) {
        JsonNode n = e.getValue();
        cache.papers.put(
            e.getKey(),
            new Paper(
                n.path("title").asText(""),
                n.path("version").asInt(1),
                Instant.parse(n.path("checkedAt").asText())));
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      warn.accept(
          "Ignoring the link cache "
              + file
              + ": an entry is not understood ("
              + e.getMessage()
              + ")");
      return empty(maxAge);
    }
    return cache;
  }

  Optional<LinkOutcome> link(String url) {
    Link link = links.get(url);
    return link != null && fresh(link.checkedAt()) ? Optional.of(link.outcome()) : Optional.empty();
  }

  Optional<ArxivVerifier.Answer> paper(String id) {
    Paper paper = papers.get(id);
    return paper != null && fresh(paper.checkedAt())
        ? Optional.of(ArxivVerifier.Answer.known(paper.title(), paper.version()))
        : Optional.empty();
  }

  void put(String url, LinkOutcome outcome) {
    if (outcome.cacheable()) {
      links.put(url, new Link(outcome, Instant.now()));
    }
  }

  void put(String id, ArxivVerifier.Answer answer) {
    if (answer.status() == ArxivVerifier.Answer.Status.KNOWN) {
      papers.put(id, new Paper(answer.title(), answer.latestVersion(), Instant.now()));
    }
  }

  private boolean fresh(Instant checkedAt) {
    return !checkedAt.plus(maxAge).isBefore(now);
  }

  /** Writes the fresh entries atomically, sorted so the file diffs well. */
  void save(Path file) throws IOException {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    ObjectNode linkNodes = root.putObject("links");
    links.forEach(
        (url, link) -> {
          if (fresh(link.checkedAt())) {
            ObjectNode n = linkNodes.putObject(url);
            n.put("verdict", link.outcome().verdict().name().toLowerCase(java.util.Locale.ROOT));
            n.put("status", link.outcome().status());
            n.put("checkedAt", link.checkedAt().toString());
            link.outcome().movedTo().ifPresent(to -> n.put("movedTo", to));
            if (!link.outcome().detail().isEmpty()) {
              n.put("detail", link.outcome().detail());
            }
          }
        });
    ObjectNode paperNodes = root.putObject("arxiv");
    papers.forEach(
        (id, paper) -> {
          if (fresh(paper.checkedAt())) {
            ObjectNode n = paperNodes.putObject(id);
            n.put("title", paper.title());
            n.put("version", paper.version());
            n.put("checkedAt", paper.checkedAt().toString());
          }
        });
    AtomicFiles.writeJson(file, root, Durability.BUILD_OUTPUT);
  }
}
