package org.paperdigest.maven.links;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.paperdigest.maven.links.arxiv.ArxivVerifier;
import org.paperdigest.maven.links.http.LinkOutcome;
import org.paperdigest.maven.links.http.LinkOutcome.Verdict;
import org.paperdigest.maven.output.AtomicFiles;
import org.paperdigest.maven.output.AtomicFiles.Durability;
import org.paperdigest.maven.output.JsonTrees;

/**
 * Results of earlier runs, kept in a JSON file: each URL that worked (or moved permanently), and
 * each arXiv paper that exists with what arXiv's record says of it (title, latest version,
 * authors), with when it was checked. Links older than their maximum age, and papers older than
 * theirs (papers change rarely: a longer one), are asked again; failures and undecided results are
 * never kept. A file that cannot be read is ignored with a warning; one of version 1, which kept no
 * authors, keeps its links and asks about its papers again.
 */
final class LinkCache {

  static final String FORMAT = "digest-link-cache";
  static final int VERSION = 2;

  private record Link(LinkOutcome outcome, Instant checkedAt) {}

  private record Paper(String title, int version, List<String> authors, Instant checkedAt) {}

  private final Map<String, Link> links = new TreeMap<>();
  private final Map<String, Paper> papers = new TreeMap<>();
  private final Duration maxAge;
  private final Duration paperMaxAge;
  private final Instant now;

  private LinkCache(Duration maxAge, Duration paperMaxAge, Instant now) {
    this.maxAge = maxAge;
    this.paperMaxAge = paperMaxAge;
    this.now = now;
  }

  /**
   * An empty cache whose links stay fresh for {@code maxAge}, its papers for {@code paperMaxAge}.
   */
  static LinkCache empty(Duration maxAge, Duration paperMaxAge) {
    return new LinkCache(maxAge, paperMaxAge, Instant.now());
  }

  /** Reads {@code file}, keeping only fresh entries; a missing or unreadable file gives none. */
  static LinkCache load(Path file, Duration maxAge, Duration paperMaxAge, Consumer<String> warn) {
    LinkCache cache = empty(maxAge, paperMaxAge);
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
    int version = root == null ? 0 : root.path("version").asInt();
    if (root == null
        || !FORMAT.equals(root.path("format").asText())
        || (version != VERSION && version != 1)) {
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
      cache.readLinks(root.path("links"));
      // Version 1 kept no authors: its papers are asked about again.
      if (version == VERSION) {
        cache.readPapers(root.path("arxiv"));
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      warn.accept(
          "Ignoring the link cache "
              + file
              + ": an entry is not understood ("
              + e.getMessage()
              + ")");
      return empty(maxAge, paperMaxAge);
    }
    return cache;
  }

  private void readLinks(JsonNode entries) {
    for (Map.Entry<String, JsonNode> e : entries.properties()) {
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
        links.put(e.getKey(), new Link(outcome, at));
      }
    }
  }

  private void readPapers(JsonNode entries) {
    for (Map.Entry<String, JsonNode> e : entries.properties()) {
      JsonNode n = e.getValue();
      List<String> authors = new ArrayList<>();
      n.path("authors").forEach(name -> authors.add(name.asText()));
      papers.put(
          e.getKey(),
          new Paper(
              n.path("title").asText(""),
              n.path("version").asInt(1),
              List.copyOf(authors),
              Instant.parse(n.path("checkedAt").asText())));
    }
  }

  Optional<LinkOutcome> link(String url) {
    Link link = links.get(url);
    return link != null && fresh(link.checkedAt(), maxAge)
        ? Optional.of(link.outcome())
        : Optional.empty();
  }

  Optional<ArxivVerifier.Answer> paper(String id) {
    Paper paper = papers.get(id);
    return paper != null && fresh(paper.checkedAt(), paperMaxAge)
        ? Optional.of(ArxivVerifier.Answer.known(paper.title(), paper.version(), paper.authors()))
        : Optional.empty();
  }

  void put(String url, LinkOutcome outcome) {
    if (outcome.cacheable()) {
      links.put(url, new Link(outcome, Instant.now()));
    }
  }

  void put(String id, ArxivVerifier.Answer answer) {
    if (answer.status() == ArxivVerifier.Answer.Status.KNOWN) {
      papers.put(
          id, new Paper(answer.title(), answer.latestVersion(), answer.authors(), Instant.now()));
    }
  }

  private boolean fresh(Instant checkedAt, Duration age) {
    return !checkedAt.plus(age).isBefore(now);
  }

  /** Writes the fresh entries atomically, sorted so the file diffs well. */
  void save(Path file) throws IOException {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    ObjectNode linkNodes = root.putObject("links");
    links.forEach(
        (url, link) -> {
          if (fresh(link.checkedAt(), maxAge)) {
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
          if (fresh(paper.checkedAt(), paperMaxAge)) {
            ObjectNode n = paperNodes.putObject(id);
            n.put("title", paper.title());
            n.put("version", paper.version());
            ArrayNode authors = n.putArray("authors");
            paper.authors().forEach(authors::add);
            n.put("checkedAt", paper.checkedAt().toString());
          }
        });
    AtomicFiles.writeJson(file, root, Durability.BUILD_OUTPUT);
  }
}
