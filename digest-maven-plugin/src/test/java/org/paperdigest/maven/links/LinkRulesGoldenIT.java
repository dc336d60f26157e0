package org.paperdigest.maven.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.internal.rules.CheckCatalog;
import org.paperdigest.maven.OfflineCheck;
import org.paperdigest.maven.links.settings.LinkMode;
import org.paperdigest.maven.links.settings.LinkSettings;
import org.paperdigest.maven.service.CheckSettings;
import org.paperdigest.maven.service.DigestService;
import org.paperdigest.maven.service.RunSettings;

/**
 * The golden cases of the rules the link checker reports (the model's golden cases hold every other
 * rule): each folder under {@code golden-online/} is a repository whose digests link to a server on
 * 127.0.0.1, written {@code ${server}}; {@code expected.txt} lists the exact findings of an online
 * check, with every rule at its default except those of the folder's {@code rules.txt}. The papers
 * are on a stand-in arXiv with the titles and authors the digests give, so only the links speak.
 * Run with {@code -Dgolden.update=true} to rewrite the expectations, then review them.
 */
class LinkRulesGoldenIT {

  private static final Path GOLDEN = Path.of("src/test/resources/golden-online");
  private static final String SERVER = "${server}";

  private TestServer server;

  @TempDir Path repo;

  @BeforeEach
  void start() throws IOException {
    server = new TestServer();
    server.paper("2401.00001", 1, "Good Paper", "Ada Lovelace", "Alan Turing");
    server.paper("2401.00002", 1, "Other Paper", "Ada Lovelace", "Alan Turing");
    server.paper("2401.00003", 1, "Third Paper", "Ada Lovelace", "Alan Turing");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<String> cases() throws IOException {
    try (Stream<Path> folders = Files.list(GOLDEN)) {
      return folders.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findingsMatchTheExpectedFile(String name) throws Exception {
    Path folder = GOLDEN.resolve(name);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> p.toString().endsWith(".md")).toList();
    }
    for (Path file : files) {
      Path copy = repo.resolve(folder.relativize(file).toString());
      Files.createDirectories(copy.getParent());
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Files.writeString(copy, text.replace(SERVER, server.url("")), StandardCharsets.UTF_8);
    }
    List<String> rules = List.of();
    Path rulesFile = folder.resolve("rules.txt");
    if (Files.exists(rulesFile)) {
      rules =
          Files.readAllLines(rulesFile).stream()
              .map(String::strip)
              .filter(line -> !line.isEmpty() && !line.startsWith("#"))
              .toList();
    }

    String actual =
        new DigestService(OfflineCheck.QUIET)
            .check(run(rules), false).result().findings().stream()
                .map(Finding::toString)
                .map(line -> line.replace(server.url(""), SERVER))
                .collect(Collectors.joining("\n", "", "\n"));

    Path expected = folder.resolve("expected.txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void everyRuleTheLinkCheckerReportsHasItsCase(Rule rule) throws IOException {
    boolean linkChecker =
        CheckCatalog.of(rule, List.of())
            .equals(new CheckCatalog.RunStep(LinkChecker.class.getName()));
    Path folder = GOLDEN.resolve(rule.id().toLowerCase(Locale.ROOT) + "-" + rule.ruleName());
    assertThat(Files.isDirectory(folder))
        .as("golden-online case of %s", rule)
        .isEqualTo(linkChecker);
    if (linkChecker) {
      assertThat(folder.resolve("expected.txt"))
          .content()
          .as("the golden case of %s reports it", rule)
          .contains(" " + rule.id() + " " + rule.ruleName() + ": ");
    }
  }

  private RunSettings run(List<String> rules) {
    LinkSettings links =
        LinkSettings.builder()
            .mode(LinkMode.ONLINE)
            .allowedHosts(List.of("127.0.0.1"))
            .linkTimeout("1s")
            .maxRetries(1)
            .retryBackoff("50ms")
            .arxivApiUrl(server.url("/api/query"))
            .arxivInterval("10ms")
            .linkCacheFile(repo.resolve("target/digest-link-cache.json"))
            .build();
    CheckSettings check = CheckSettings.builder(links).rules(rules).build();
    return RunSettings.builder(repo, check, OfflineCheck.OPTIONS).build();
  }
}
