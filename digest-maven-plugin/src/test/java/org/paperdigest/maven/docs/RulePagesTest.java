package org.paperdigest.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paperdigest.digest.CheckOptions;
import org.paperdigest.digest.DigestChecker;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.OnlineCheck;
import org.paperdigest.digest.PaperRecord;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.ValidationConfig;
import org.paperdigest.maven.OfflineCheck;
import org.paperdigest.maven.links.settings.LinkMode;
import org.paperdigest.maven.links.settings.LinkSettings;
import org.paperdigest.maven.service.CheckSettings;
import org.paperdigest.maven.service.DigestRunException;
import org.paperdigest.maven.service.DigestService;
import org.paperdigest.maven.service.RunSettings;

/**
 * Each rule page's examples do what the page says. The failing example, placed into a complete
 * entry of {@code paper_logs/2024/01/08.md}, reports the rule with the page's "Reported as" line to
 * the character, and no rule the page does not name; the fixed example reports nothing of the rule,
 * and no rule the page does not name. The SARIF help's example ({@link Rule#example()}) is the
 * page's failing example.
 *
 * <p>How an example is placed: a block with a {@code ## } header (or a level-1 heading) is the
 * whole file (the entry below is added when the block has none); any other block is part of the
 * entry below, replacing its lines from the block's first part (heading, media, votes, authors,
 * summary) to its last. The repository also holds {@code paper_logs/2024/01/05.md}, a complete
 * digest of paper 2401.02954 (for DG113). DG000's examples are saved in ISO-8859-1, as the page
 * says. Online rules run as online checks do: DG116, DG121 and DG122 against the arXiv records the
 * page states ("where arXiv lists ..."; by default the entry's own title and authors), through the
 * model's {@link OnlineCheck}; DG203, DG204, DG205 and DG208 through the plugin's link checker,
 * whose {@code linkRemaps} send github.com and example.org to a server on 127.0.0.2 that answers as
 * the page says (404, silence, a permanent redirect). A remapped finding names the address it was
 * requested as; the test writes it back as the page's address before comparing, which is the one
 * difference a remap makes. Nothing leaves the machine: every other link is excluded.
 */
class RulePagesTest {

  private static final Path DOCS = Path.of("../docs/rules");
  private static final String PATH = "paper_logs/2024/01/08.md";
  private static final String HEADER = "## Daily Papers (2024-01-08)";
  private static final List<String> ENTRY =
      List.of(
          "### [Denoising Vision Transformers](https://arxiv.org/abs/2401.02957)",
          "![](https://cdn-uploads.huggingface.co/production/uploads/abc/thumb.png)",
          "Vote: 12",
          "Authors: Ada Lovelace, Alan Turing",
          "- What the paper does.");
  private static final String NEIGHBOUR =
      "## Daily Papers (2024-01-05)\n\n### [DeepSeek LLM](https://arxiv.org/abs/2401.02954)\n\n"
          + "![](https://cdn-uploads.huggingface.co/production/uploads/abc/deepseek.png)\n\n"
          + "Vote: 40\n\nAuthors: Xiao Bi, Deli Chen\n\n- Scales open language models.\n";
  private static final Set<Rule> LINK_RULES =
      EnumSet.of(Rule.DG203, Rule.DG204, Rule.DG205, Rule.DG208);

  private static HttpServer server;

  @TempDir Path temp;

  @BeforeAll
  static void startServer() throws IOException {
    // On 127.0.0.2, the one address allowed: localhost (127.0.0.1) stays internal, for DG208.
    server =
        HttpServer.create(
            new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 2}), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          try (exchange) {
            if (path.equals("/example.org/slow")) {
              // Never in time: the answer waits until the server stops.
              Thread.sleep(60_000);
              answer(exchange, 200);
            } else if (path.equals("/github.com/org/old-name")) {
              exchange.getResponseHeaders().add("Location", "/github.com/org/new-name");
              answer(exchange, 301);
            } else if (path.equals("/github.com/org/new-name")
                || path.equals("/github.com/org/repo")) {
              answer(exchange, 200);
            } else {
              answer(exchange, 404);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  private static void answer(HttpExchange exchange, int status) throws IOException {
    byte[] body = ("status " + status + "\n").getBytes(StandardCharsets.US_ASCII);
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }

  /** A rule page's parts the test reads. */
  record Page(String failing, String reportedAs, String fixed, String text) {}

  @ParameterizedTest
  @EnumSource(Rule.class)
  void theFailingExampleReportsTheRuleAsThePageSays(Rule rule) throws Exception {
    Page page = page(rule);

    List<Finding> findings = check(rule, page, page.failing(), true);
    keep(rule, "failing", findings);

    assertThat(findings.stream().filter(f -> f.rule() == rule).map(Finding::toString))
        .as("%s's failing example", rule.id())
        .containsExactlyElementsOf(page.reportedAs().lines().toList());
    assertThat(findings)
        .as("%s's failing example reports only rules its page names", rule.id())
        .allMatch(f -> page.text().contains(f.ruleId()));
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void theFixedExampleReportsNothingOfTheRule(Rule rule) throws Exception {
    Page page = page(rule);

    List<Finding> findings = check(rule, page, page.fixed(), false);
    keep(rule, "fixed", findings);

    assertThat(findings)
        .as("%s's fixed example", rule.id())
        .noneMatch(f -> f.rule() == rule)
        .allMatch(f -> page.text().contains(f.ruleId()));
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void theSarifExampleIsThePagesFailingExample(Rule rule) throws IOException {
    assertThat(rule.example()).isEqualTo(page(rule).failing());
  }

  @Test
  void placingAnExampleReplacesThePartsItHas() {
    assertThat(place("Authors: Ada Lovelace, , Alan Turing"))
        .isEqualTo(
            HEADER
                + "\n\n"
                + String.join("\n\n", ENTRY.subList(0, 3))
                + "\n\nAuthors: Ada Lovelace, , Alan Turing\n\n- What the paper does.\n");
    assertThat(place("### [T](https://arxiv.org/abs/2401.00001)\n\nVote: 3"))
        .isEqualTo(
            HEADER
                + "\n\n### [T](https://arxiv.org/abs/2401.00001)\n\nVote: 3\n\n"
                + String.join("\n\n", ENTRY.subList(3, 5))
                + "\n");
    assertThat(place("## Daily Papers (2024-01-09)"))
        .isEqualTo("## Daily Papers (2024-01-09)\n\n" + String.join("\n\n", ENTRY) + "\n");
  }

  /** The digest file an example makes: see the class comment. */
  static String place(String block) {
    List<String> lines = Arrays.asList(block.split("\n", -1));
    if (lines.stream().anyMatch(l -> l.startsWith("## ") || l.startsWith("# "))) {
      int lastHeader = 0;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).startsWith("## ") || lines.get(i).startsWith("# ")) {
          lastHeader = i;
        }
      }
      boolean entry =
          lines.subList(lastHeader, lines.size()).stream().anyMatch(l -> l.startsWith("### "));
      return block + (entry ? "\n" : "\n\n" + String.join("\n\n", ENTRY) + "\n");
    }
    int first = Integer.MAX_VALUE;
    int last = -1;
    for (String line : lines) {
      int slot = slot(line);
      if (slot >= 0) {
        first = Math.min(first, slot);
        last = Math.max(last, slot);
      }
    }
    if (last < 0) {
      throw new IllegalArgumentException("an example with no part of an entry: " + block);
    }
    List<String> parts = new ArrayList<>();
    parts.add(HEADER);
    parts.addAll(ENTRY.subList(0, first));
    parts.add(block);
    parts.addAll(ENTRY.subList(last + 1, ENTRY.size()));
    return String.join("\n\n", parts) + "\n";
  }

  /** Which part of an entry a line is: 0 heading to 4 summary; -1 for none. */
  private static int slot(String line) {
    if (line.startsWith("### ")) {
      return 0;
    }
    if (line.startsWith("![")
        || line.startsWith("[Watch Video]")
        || line.startsWith("<div><video")
        || line.startsWith("<video")) {
      return 1;
    }
    if (line.startsWith("Vote")) {
      return 2;
    }
    if (line.startsWith("Author")) {
      return 3;
    }
    if (line.matches("^(\\s+\\S|[-*+] |[-*+]$|\\d+[.)] ).*")) {
      return 4;
    }
    return -1;
  }

  /** Keeps the findings of an example in target/rule-pages/, to read when a page is wrong. */
  private static void keep(Rule rule, String example, List<Finding> findings) throws IOException {
    Path folder = Files.createDirectories(Path.of("target/rule-pages"));
    Files.write(
        folder.resolve(rule.id() + "-" + example + ".txt"),
        findings.stream().map(Finding::toString).toList());
  }

  private List<Finding> check(Rule rule, Page page, String example, boolean failing)
      throws Exception {
    Path root =
        Files.createDirectories(temp.resolve(rule.id() + "-" + Math.abs(example.hashCode())));
    Path file = root.resolve(PATH);
    Files.createDirectories(file.getParent());
    Charset charset =
        rule == Rule.DG000 && failing ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
    Files.write(file, place(example).getBytes(charset));
    Files.writeString(root.resolve("paper_logs/2024/01/05.md"), NEIGHBOUR);
    List<Path> files = List.of(Path.of("paper_logs/2024/01/05.md"), Path.of(PATH));
    List<Finding> findings;
    if (LINK_RULES.contains(rule)) {
      findings = linkCheck(root);
    } else {
      OnlineCheck online =
          () ->
              new OnlineCheck.Answer(
                  List.of(),
                  records(page),
                  rule.online() ? EnumSet.of(Rule.DG116, Rule.DG121, Rule.DG122) : Set.of());
      CheckOptions options =
          rule.online() ? CheckOptions.builder().online(online).build() : CheckOptions.defaults();
      try (DigestChecker checker = DigestChecker.create(ValidationConfig.defaults(), 1)) {
        findings =
            checker.check(root, files.stream().map(root::resolve).toList(), options).findings();
      }
    }
    return findings.stream().filter(f -> f.path().equals(PATH)).toList();
  }

  /** arXiv's records as the page states them, else the entry's own title and authors. */
  private static Map<String, PaperRecord> records(Page page) {
    Matcher authors =
        Pattern.compile("where arXiv lists ((?:`[^`]+`(?:, )?)+)").matcher(page.text());
    List<String> names =
        authors.find()
            ? Arrays.stream(authors.group(1).split(", ")).map(n -> n.replace("`", "")).toList()
            : List.of("Ada Lovelace", "Alan Turing");
    Matcher title = Pattern.compile("(?i)where arXiv's title is `([^`]+)`").matcher(page.text());
    String id = "2401.02957";
    Matcher heading = Pattern.compile("arxiv\\.org/abs/(\\d{4}\\.\\d{5})").matcher(page.failing());
    if (heading.find()) {
      id = heading.group(1);
    }
    Map<String, PaperRecord> records = new HashMap<>();
    records.put(
        "2401.02954",
        new PaperRecord("2401.02954", 1, "DeepSeek LLM", List.of("Xiao Bi", "Deli Chen")));
    records.put(
        id,
        new PaperRecord(
            id, 1, title.find() ? title.group(1) : "Denoising Vision Transformers", names));
    return records;
  }

  /** The plugin's link check of {@code root}, github.com and example.org answered locally. */
  private static List<Finding> linkCheck(Path root) throws DigestRunException {
    String local = "http://127.0.0.2:" + server.getAddress().getPort() + "/";
    LinkSettings links =
        LinkSettings.builder()
            .mode(LinkMode.ONLINE)
            .linkIncludes(List.of("^https?://(github\\.com|example\\.org|localhost)[:/]"))
            .linkRemaps(List.of("^https?://((?:github\\.com|example\\.org)/.*) " + local + "$1"))
            .allowedHosts(List.of("127.0.0.2"))
            .arxivApiUrl(local + "arxiv-api")
            // Time enough for a local answer on two busy cores: at 300 ms a first request was
            // once retried, and DG203's example said "answered 404 after 2 attempts".
            .linkTimeout("2s")
            .retryBackoff("10ms")
            .build();
    CheckSettings check = CheckSettings.builder(links).formats(List.of("console")).build();
    RunSettings run =
        RunSettings.builder(root, check, OfflineCheck.OPTIONS).includes(List.of("**/*.md")).build();
    List<Finding> findings =
        new DigestService(OfflineCheck.QUIET).check(run, false).result().findings();
    Pattern requested = Pattern.compile(" \\(requested as " + Pattern.quote(local) + "[^)]*\\)");
    return findings.stream()
        .map(
            f ->
                new Finding(
                    f.rule(),
                    f.severity(),
                    f.path(),
                    f.line(),
                    f.column(),
                    requested.matcher(f.message()).replaceAll("").replace(local, "https://")))
        .toList();
  }

  /** The failing and fixed examples and the "Reported as" line of {@code rule}'s page. */
  static Page page(Rule rule) throws IOException {
    String text = Files.readString(DOCS.resolve(rule.id() + ".md"));
    return new Page(
        block(text, "## Failing example", "```markdown"),
        block(text, "Reported as:", "```"),
        block(text, "## Fixed", "```markdown"),
        text);
  }

  private static String block(String text, String after, String fence) {
    int from = text.indexOf(after);
    assertThat(from).as("the page has '%s'", after).isNotNegative();
    int start = text.indexOf(fence + "\n", from) + fence.length() + 1;
    return text.substring(start, text.indexOf("\n```", start));
  }
}
