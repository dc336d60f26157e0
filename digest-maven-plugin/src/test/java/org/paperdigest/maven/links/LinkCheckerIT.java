package org.paperdigest.maven.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.PaperRecord;
import org.paperdigest.digest.ValidationConfig;
import org.paperdigest.digest.internal.RepositoryBoundary;
import org.paperdigest.digest.model.Link;
import org.paperdigest.digest.model.LinkKind;
import org.paperdigest.digest.model.SourcePosition;
import org.paperdigest.maven.OfflineCheck;
import org.paperdigest.maven.links.settings.LinkSettings;
import org.paperdigest.maven.links.settings.LinkSettingsBuilder;
import org.paperdigest.maven.output.PluginLog;

/** The online link check against a server on 127.0.0.1, one route per behaviour. */
class LinkCheckerIT {

  private static final String FILE = "paper_logs/2024/01/08.md";

  private TestServer server;
  private final List<String> logged = new ArrayList<>();
  private final PluginLog log = OfflineCheck.keepingInto(logged);

  @TempDir Path temp;

  @BeforeEach
  void start() throws IOException {
    server = new TestServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private LinkSettingsBuilder settings() {
    return LinkSettings.builder()
        .allowedHosts(List.of("127.0.0.1"))
        .linkTimeout("1s")
        .maxRetries(1)
        .retryBackoff("50ms")
        .maxRetryAfter("10s")
        .arxivApiUrl(server.url("/api/query"))
        .arxivInterval("300ms");
  }

  private LinkReport check(LinkSettings settings, List<LinkOccurrence> links) {
    try (LinkChecker checker = checker(settings)) {
      return checker.check(links);
    }
  }

  /**
   * Checks {@code url} with a request bound of 10 s and a run bound of 30 s, waiting 60 s at most.
   */
  private LinkReport checkWithinTimeouts(String url) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () ->
            check(
                settings().linkTimeout("10s").linkCheckTimeout("30s").build(),
                List.of(at(1, url))));
  }

  private LinkChecker checker(LinkSettings settings) {
    return new LinkChecker(
        settings, ValidationConfig.defaults(), RepositoryBoundary.around(temp), log);
  }

  private static LinkOccurrence at(int line, String url) {
    return new LinkOccurrence(FILE, new Link(url, LinkKind.INLINE, new SourcePosition(line, 3)));
  }

  /** An entry's title link, where a heading's link stands. */
  private static LinkOccurrence paper(int line, String url) {
    return new LinkOccurrence(FILE, new Link(url, LinkKind.INLINE, new SourcePosition(line, 40)));
  }

  private static List<String> lines(LinkReport report) {
    return report.findings().stream()
        .map(f -> f.line() + ":" + f.column() + " " + f.ruleId() + " " + f.message())
        .toList();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void eachBehaviourIsClassified() throws IOException {
    String base = server.url("");
    int closed = closedPort();
    List<LinkOccurrence> links =
        List.of(
            at(1, base + "/ok"),
            at(2, base + "/missing"),
            at(3, base + "/gone"),
            at(4, base + "/server-error"),
            at(5, base + "/head-refused"),
            at(6, base + "/moved"),
            at(7, base + "/temporary"),
            at(8, base + "/moved-to-missing"),
            at(9, base + "/loop-a"),
            at(10, base + "/to-private"),
            at(11, base + "/to-file"),
            at(12, base + "/unavailable-once"),
            at(13, base + "/unavailable"),
            at(14, base + "/busy-long"),
            at(15, base + "/huge"),
            at(16, "http://192.168.0.1/router"),
            at(17, "http://127.0.0.1:" + closed + "/refused"),
            at(18, "https://host.invalid/page"));

    LinkReport report = check(settings().build(), links);

    assertThat(lines(report))
        .containsExactly(
            "2:3 DG203 " + base + "/missing answered 404",
            "3:3 DG203 " + base + "/gone answered 410",
            "4:3 DG203 " + base + "/server-error answered 500 after 2 attempts",
            "6:3 DG205 "
                + base
                + "/moved moved permanently (301 -> 308 -> 200): link to "
                + base
                + "/ok",
            "8:3 DG203 " + base + "/moved-to-missing answered after redirects 301 -> 404",
            "9:3 DG203 " + base + "/loop-a redirect loop: 302 -> 302 -> " + base + "/loop-a",
            "10:3 DG208 "
                + base
                + "/to-private: redirects to http://10.1.2.3/admin, whose host 10.1.2.3 is an"
                + " internal address, not requested; allow it with allowedHosts if it is meant",
            "11:3 DG203 "
                + base
                + "/to-file redirects to file:///etc/passwd, which is not http(s) and is not"
                + " followed",
            "13:3 DG204 " + base + "/unavailable could not be checked: still 503 after 2 attempts",
            "14:3 DG204 "
                + base
                + "/busy-long could not be checked: answered 429 and asks to wait 1h, longer than"
                + " maxRetryAfter (10s)",
            "16:3 DG208 http://192.168.0.1/router: the host 192.168.0.1 is an internal address,"
                + " not requested; allow it with allowedHosts if it is meant",
            "17:3 DG203 http://127.0.0.1:" + closed + "/refused connection refused by 127.0.0.1",
            "18:3 DG203 https://host.invalid/page: host host.invalid does not resolve");
    assertThat(server.seen("/head-refused"))
        .extracting(TestServer.Seen::method)
        .containsExactly("HEAD", "GET");
    assertThat(server.hits("/unavailable-once")).isEqualTo(2);
    // HEAD refused, GET answered 200: the 1 GiB body is cut after the cap, not read.
    assertThat(server.seen("/huge"))
        .extracting(TestServer.Seen::method)
        .containsExactly("HEAD", "GET");
    assertThat(server.hits("/busy-long")).isEqualTo(1);
    assertThat(report.networkAbsent()).isFalse();
  }

  @Test
  void resetAndSilentServersAreUnverifiedNotBroken() {
    List<LinkOccurrence> links = List.of(at(1, server.url("/reset")), at(2, server.url("/slow")));

    LinkReport report = check(settings().linkTimeout("300ms").build(), links);

    assertThat(lines(report)).hasSize(2);
    assertThat(lines(report).get(0))
        .startsWith(
            "1:3 DG204 " + server.url("/reset") + " could not be checked: the request failed (")
        .endsWith(") after 2 attempts");
    assertThat(lines(report).get(1))
        .isEqualTo(
            "2:3 DG204 "
                + server.url("/slow")
                + " could not be checked: the request timed out after 2 attempts");
    // Two attempts of ours; the JDK client may add one retry of its own to each when a connection
    // closes before an answer.
    assertThat(server.hits("/reset")).isBetween(2, 4);
    assertThat(server.hits("/slow")).isEqualTo(2);
  }

  /** The server asks for a second, in {@code Retry-After} or in {@code X-RateLimit-Reset}. */
  @ParameterizedTest
  @ValueSource(strings = {"/busy-seconds", "/rate-reset"})
  void aWaitInSecondsIsWaitedFor(String path) {
    LinkReport report = check(settings().build(), List.of(at(1, server.url(path))));

    assertThat(report.findings()).isEmpty();
    assertAskedTwice(path, 950_000_000L);
  }

  @Test
  void retryAfterAsHttpDateIsWaitedFor() {
    LinkReport report = check(settings().build(), List.of(at(1, server.url("/busy-date"))));

    assertThat(report.findings()).isEmpty();
    // The date has a resolution of one second: asked for now + 2 s, about 1-2 s pass.
    assertAskedTwice("/busy-date", 900_000_000L);
  }

  @Test
  void eachDistinctUrlIsRequestedOnceAndEveryOccurrenceReported() {
    List<LinkOccurrence> links =
        List.of(
            at(1, server.url("/ok")),
            at(2, server.url("/ok#section")),
            at(3, server.url("/ok")),
            at(4, server.url("/missing")),
            at(9, server.url("/missing#top")));

    LinkReport report = check(settings().build(), links);

    assertThat(server.hits("/ok")).isEqualTo(1);
    assertThat(server.seen("/missing"))
        .extracting(TestServer.Seen::method)
        .containsExactly("HEAD", "GET");
    assertThat(report.findings()).extracting(Finding::line).containsExactly(4, 9);
    assertThat(report.distinctUrls()).isEqualTo(2);
    assertThat(report.occurrences()).isEqualTo(5);
  }

  @Test
  void perHostCapIsNeverExceeded() {
    server.latency(100);
    List<LinkOccurrence> links = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      links.add(at(i + 1, server.url("/latency/" + i)));
    }

    LinkReport report = check(settings().maxConcurrencyPerHost(3).build(), links);

    assertThat(report.findings()).isEmpty();
    assertThat(server.hits("/latency/7")).isEqualTo(1);
    assertThat(server.maxInFlight()).isEqualTo(3);
    assertThat(report.maxInFlightPerHost()).containsEntry("127.0.0.1", 3);
  }

  @Test
  void globalCapIsNeverExceeded() {
    server.latency(100);
    List<LinkOccurrence> links = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      links.add(at(i + 1, server.url("/latency/" + i)));
    }

    LinkReport report = check(settings().maxConcurrency(2).build(), links);

    assertThat(report.findings()).isEmpty();
    assertThat(server.maxInFlight()).isEqualTo(2);
    assertThat(report.maxInFlight()).isEqualTo(2);
  }

  @Test
  void hostIntervalSpacesRequests() {
    List<LinkOccurrence> links = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      links.add(at(i + 1, server.url("/latency/" + i)));
    }
    server.latency(0);

    check(settings().hostIntervals(List.of("127.0.0.1=200ms")).build(), links);

    List<Long> starts = server.seen().stream().map(TestServer.Seen::nanos).sorted().toList();
    assertThat(starts).hasSize(4);
    // Starts are 200 ms apart on the client; arrival at the server jitters by a few ms (a first
    // connection, a busy core). Without the interval all four would arrive within a few ms.
    for (int i = 1; i < starts.size(); i++) {
      assertThat(starts.get(i) - starts.get(i - 1)).isGreaterThanOrEqualTo(150_000_000L);
    }
    assertThat(starts.get(3) - starts.get(0)).isGreaterThanOrEqualTo(550_000_000L);
  }

  @Test
  void arxivPapersAreVerifiedInBatchesThroughTheApi() {
    server.paper(
        "2401.02954", 2, "DeepSeek LLM: Scaling Open-Source Language Models with Longtermism");
    server.paper("2401.00001", 1, "$\\mathcal{G}$-Net: A  Title\n    Spanning Lines");
    server.paper("2401.00002", 1, "The Real Title");
    List<LinkOccurrence> links =
        List.of(
            paper(3, "https://arxiv.org/abs/2401.02954"),
            paper(10, "https://arxiv.org/abs/2401.00001"),
            paper(20, "https://arxiv.org/abs/2401.00002"),
            paper(30, "https://arxiv.org/abs/2401.99999"),
            at(31, "https://arxiv.org/pdf/2401.02954v3"),
            at(32, "https://arxiv.org/pdf/2401.02954v2"));

    LinkReport report = check(settings().arxivBatchSize(2).build(), links);

    assertThat(lines(report))
        .containsExactly(
            "30:40 DG203 https://arxiv.org/abs/2401.99999: the arXiv API does not know 2401.99999",
            "31:3 DG203 https://arxiv.org/pdf/2401.02954v3: arXiv has no version v3 of 2401.02954"
                + " (the latest is v2)");
    assertAskedTwice("/api/query", 290_000_000L);
    assertThat(report.arxivRequests()).isEqualTo(2);
    assertThat(report.records().keySet())
        .containsExactlyInAnyOrder("2401.02954", "2401.00001", "2401.00002");
    assertThat(report.records().get("2401.00002").title()).isEqualTo("The Real Title");
    assertThat(report.records().get("2401.02954").version()).isEqualTo(2);
  }

  @Test
  void workingResultsAreCachedAndFailuresAskedAgain() throws IOException {
    Path cache = temp.resolve("cache/links.json");
    server.paper("2401.02954", 1, "A Title");
    List<LinkOccurrence> links =
        List.of(
            at(1, server.url("/ok2")),
            at(2, server.url("/moved")),
            at(3, server.url("/missing")),
            paper(4, "https://arxiv.org/abs/2401.02954"));
    LinkSettings settings = settings().linkCacheFile(cache).build();

    LinkReport first = check(settings, links);
    LinkReport second = check(settings, links);

    assertThat(lines(second)).isEqualTo(lines(first));
    assertThat(second.cacheHits()).isEqualTo(3);
    assertThat(server.hits("/ok2")).isEqualTo(1);
    assertThat(server.hits("/moved")).isEqualTo(1);
    assertThat(server.hits("/missing")).isEqualTo(4); // HEAD and GET, twice
    assertThat(server.hits("/api/query")).isEqualTo(1);
    assertThat(Files.readString(cache))
        .contains("\"format\" : \"digest-link-cache\"")
        .contains(server.url("/ok2"))
        .doesNotContain(server.url("/missing"));
  }

  @Test
  void expiredCacheEntriesAreAskedAgain() {
    Path cache = temp.resolve("links.json");
    List<LinkOccurrence> links = List.of(at(1, server.url("/ok")));

    check(settings().linkCacheFile(cache).build(), links);
    check(settings().linkCacheFile(cache).linkCacheMaxAge("0s").build(), links);

    assertThat(server.hits("/ok")).isEqualTo(2);
  }

  @Test
  void arxivRecordsCarryTheAuthorsInArxivsOrder() {
    server.paper(
        "2401.02954",
        3,
        "A Paper",
        "Jürgen Schmidhuber|IDSIA",
        "The ATLAS Collaboration",
        "Ada Lovelace|AT&T Research",
        "Wei Wang",
        "Wei Wang");
    server.paper("2401.00002", 1, "No Authors");

    LinkReport report =
        check(
            settings().build(),
            List.of(
                paper(1, "https://arxiv.org/abs/2401.02954"),
                paper(2, "https://arxiv.org/abs/2401.00002"),
                paper(3, "https://arxiv.org/abs/2401.99999")));

    assertThat(report.records().get("2401.02954").authors())
        .containsExactly(
            "Jürgen Schmidhuber",
            "The ATLAS Collaboration",
            "Ada Lovelace",
            "Wei Wang",
            "Wei Wang");
    assertThat(report.records().get("2401.02954").version()).isEqualTo(3);
    assertThat(report.records().get("2401.00002").authors()).isEmpty();
    assertThat(report.records()).doesNotContainKey("2401.99999");
    assertThat(server.hits("/api/query")).isEqualTo(1);
  }

  @Test
  void arxivRecordsStayCachedForTheirOwnAgeWithTheirAuthors() throws IOException {
    Path cache = temp.resolve("cache.json");
    server.paper("2401.02954", 1, "A Paper", "Ada Lovelace", "Alan Turing");
    List<LinkOccurrence> links =
        List.of(at(1, server.url("/ok")), paper(2, "https://arxiv.org/abs/2401.02954"));
    // Links expire at once; papers keep for the default week.
    LinkSettings settings = settings().linkCacheFile(cache).linkCacheMaxAge("0s").build();

    check(settings, links);
    LinkReport again = check(settings, links);

    assertThat(server.hits("/ok")).isEqualTo(2);
    assertThat(server.hits("/api/query")).as("asked once, then from the cache").isEqualTo(1);
    assertThat(again.records().get("2401.02954").authors())
        .containsExactly("Ada Lovelace", "Alan Turing");
    assertThat(Files.readString(cache))
        .contains("\"authors\" : [ \"Ada Lovelace\", \"Alan Turing\" ]");

    check(settings().linkCacheFile(cache).arxivCacheMaxAge("0s").build(), links);
    assertThat(server.hits("/api/query")).as("expired: asked again").isEqualTo(2);
  }

  @Test
  void aCacheOfVersionOneKeepsItsLinksAndAsksAboutItsPapersAgain() throws IOException {
    Path cache = temp.resolve("v1.json");
    String now = java.time.Instant.now().toString();
    Files.writeString(
        cache,
        "{\"format\": \"digest-link-cache\", \"version\": 1, \"links\": {\""
            + server.url("/ok")
            + "\": {\"verdict\": \"ok\", \"status\": 200, \"checkedAt\": \""
            + now
            + "\"}}, \"arxiv\": {\"2401.02954\": {\"title\": \"A Paper\", \"version\": 1,"
            + " \"checkedAt\": \""
            + now
            + "\"}}}");
    server.paper("2401.02954", 1, "A Paper", "Ada Lovelace");

    LinkReport report =
        check(
            settings().linkCacheFile(cache).build(),
            List.of(at(1, server.url("/ok")), paper(2, "https://arxiv.org/abs/2401.02954")));

    assertThat(server.hits("/ok")).isZero();
    assertThat(server.hits("/api/query")).isEqualTo(1);
    assertThat(report.records().get("2401.02954").authors()).containsExactly("Ada Lovelace");
    assertThat(logged).noneMatch(l -> l.startsWith("WARN"));
  }

  @Test
  void recordsForAFixAskOnlyTheArxivApiAndUseTheCache() {
    Path cache = temp.resolve("fix-cache.json");
    server.paper("2401.02954", 1, "A Paper", "Ada Lovelace");
    server.paper("2401.00002", 1, "Another", "Alan Turing");
    LinkSettings settings = settings().linkCacheFile(cache).build();

    Map<String, PaperRecord> first;
    Map<String, PaperRecord> second;
    try (LinkChecker checker = checker(settings)) {
      first = checker.records(List.of("2401.02954", "2401.00002", "2401.99999"));
    }
    try (LinkChecker checker = checker(settings)) {
      second = checker.records(List.of("2401.02954"));
    }

    assertThat(first.keySet()).containsExactlyInAnyOrder("2401.02954", "2401.00002");
    assertThat(second.get("2401.02954").authors()).containsExactly("Ada Lovelace");
    assertThat(server.hits("/api/query")).isEqualTo(1);
    assertThat(server.seen()).allMatch(seen -> seen.path().equals("/api/query"));
    assertThat(logged)
        .contains(
            "INFO Asked arXiv about 3 paper(s) (0 from the cache, 1 arXiv API request(s)): 2 known",
            "INFO Asked arXiv about 1 paper(s) (1 from the cache, 0 arXiv API request(s)): 1 known");
  }

  @Test
  void corruptOrForeignCacheIsIgnoredWithAWarning() throws IOException {
    Path corrupt = temp.resolve("corrupt.json");
    Files.writeString(corrupt, "{ not json");
    Path foreign = temp.resolve("foreign.json");
    Files.writeString(foreign, "{\"format\": \"something-else\", \"links\": {}}");
    List<LinkOccurrence> links = List.of(at(1, server.url("/ok")));

    LinkReport one = check(settings().linkCacheFile(corrupt).build(), links);
    LinkReport two = check(settings().linkCacheFile(foreign).build(), links);

    assertThat(one.findings()).isEmpty();
    assertThat(two.findings()).isEmpty();
    assertThat(logged)
        .anyMatch(
            l -> l.startsWith("WARN Ignoring the link cache " + corrupt + ": it is not valid JSON"))
        .contains(
            "WARN Ignoring the link cache "
                + foreign
                + ": it is not a digest-link-cache file of version 2");
    assertThat(server.hits("/ok")).isEqualTo(2);
  }

  @Test
  void excludedIncludedAndRemappedLinks() {
    List<LinkOccurrence> links =
        List.of(
            at(1, "https://mirror.example/missing"),
            at(2, server.url("/missing")),
            at(3, "https://skipped.example/anything"));
    LinkSettings settings =
        settings()
            .linkRemaps(List.of("^https://mirror\\.example/(.*) " + server.url("/$1")))
            .linkExcludes(List.of("^https://skipped\\."))
            .build();

    LinkReport report = check(settings, links);

    assertThat(lines(report))
        .containsExactly(
            "1:3 DG203 https://mirror.example/missing answered 404 (requested as "
                + server.url("/missing")
                + ")",
            "2:3 DG203 " + server.url("/missing") + " answered 404");
    assertThat(server.seen("/missing")).hasSize(2); // one URL after remapping: HEAD, GET
  }

  @Test
  void aRemapToAnAddressThatCannotBeRequestedIsUnverifiedNotFatal() {
    List<LinkOccurrence> links =
        List.of(at(1, "https://mirror.example/a"), at(2, server.url("/ok")));
    LinkSettings settings =
        settings()
            .linkRemaps(List.of("^https://mirror\\.example/(.*) http://bad\\ host/$1"))
            .build();

    LinkReport report = check(settings, links);

    assertThat(lines(report))
        .containsExactly(
            "1:3 DG204 https://mirror.example/a could not be checked: linkRemaps rewrites it to an"
                + " address that cannot be requested (requested as http://bad host/a)");
    assertThat(server.hits("/ok")).isEqualTo(1);
  }

  @Test
  void acceptedStatusPerHostOverridesTheDefault() {
    LinkReport report =
        check(
            settings()
                .acceptedStatus(List.of("200..299", "127.0.0.1:200..299", "127.0.0.1:404"))
                .build(),
            List.of(at(1, server.url("/missing")), at(2, server.url("/gone"))));

    assertThat(lines(report)).containsExactly("2:3 DG203 " + server.url("/gone") + " answered 410");
  }

  @Test
  void withoutNetworkEveryLinkIsUnverifiedAtOnce() {
    List<LinkOccurrence> links =
        List.of(
            at(1, "https://one.invalid/a"),
            at(2, "https://two.invalid/b"),
            at(3, "https://three.invalid/c"),
            paper(4, "https://arxiv.org/abs/2401.02954"));

    LinkReport report =
        check(settings().arxivApiUrl("https://api.invalid/api/query").build(), links);

    assertThat(report.networkAbsent()).isTrue();
    assertThat(lines(report))
        .containsExactly(
            "1:3 DG204 https://one.invalid/a was not checked: no network (no host resolved)",
            "2:3 DG204 https://two.invalid/b was not checked: no network (no host resolved)",
            "3:3 DG204 https://three.invalid/c was not checked: no network (no host resolved)",
            "4:40 DG204 https://arxiv.org/abs/2401.02954 was not checked: no network");
    assertThat(logged)
        .filteredOn(l -> l.startsWith("WARN"))
        .containsExactly(
            "WARN No host could be reached (4 host(s) tried, none resolved or answered): this"
                + " machine seems to have no network. Links are reported as unverified (DG204),"
                + " not as broken.");
  }

  @Test
  void whenEveryHostRefusesLinksAreUnverifiedNotBroken() throws IOException {
    int closed = closedPort();
    String url = "http://127.0.0.1:" + closed + "/page";

    LinkReport report = check(settings().build(), List.of(at(1, url)));

    assertThat(report.networkAbsent()).isTrue();
    assertThat(lines(report))
        .containsExactly(
            "1:3 DG204 " + url + " was not checked: no network (connection refused by 127.0.0.1)");
  }

  @Test
  void botWallsAreUnverifiedWhilePlainRefusalsStayStatuses() {
    String base = server.url("");
    List<LinkOccurrence> links =
        List.of(
            at(1, base + "/cloudflare"),
            at(2, base + "/cloudflare-page"),
            at(3, base + "/cloudflare-missing"),
            at(4, base + "/linkedin"),
            at(5, base + "/aws-waf"),
            at(6, base + "/forbidden"),
            at(7, base + "/head-forbidden"));

    LinkReport report = check(settings().build(), links);

    assertThat(lines(report))
        .containsExactly(
            "1:3 DG204 "
                + base
                + "/cloudflare was not verified: the site refuses automated requests: Cloudflare"
                + " challenge",
            "2:3 DG204 "
                + base
                + "/cloudflare-page was not verified: the site refuses automated requests:"
                + " Cloudflare challenge",
            "3:3 DG203 " + base + "/cloudflare-missing answered 404",
            "4:3 DG204 "
                + base
                + "/linkedin was not verified: the site refuses automated requests: 999, the"
                + " status LinkedIn and others send to automated requests",
            "5:3 DG204 "
                + base
                + "/aws-waf was not verified: the site refuses automated requests: AWS WAF"
                + " challenge",
            "6:3 DG203 " + base + "/forbidden answered 403");
    assertThat(report.botWalls()).isEqualTo(4);
    // A refused HEAD is asked again with GET, which shows the challenge page (or the page).
    assertThat(server.seen("/cloudflare-page"))
        .extracting(TestServer.Seen::method)
        .containsExactly("HEAD", "GET");
    assertThat(server.seen("/head-forbidden"))
        .extracting(TestServer.Seen::method)
        .containsExactly("HEAD", "GET");
    // Bot walls are not retried: asking again only annoys the wall.
    assertThat(server.hits("/linkedin")).isEqualTo(2);
  }

  @Test
  void aRefusalTheUserAcceptsIsNotABotWall() {
    LinkReport report =
        check(
            settings().acceptedStatus(List.of("200..299", "127.0.0.1:403")).build(),
            List.of(at(1, server.url("/cloudflare")), at(2, server.url("/aws-waf"))));

    assertThat(lines(report))
        .containsExactly(
            "2:3 DG204 "
                + server.url("/aws-waf")
                + " was not verified: the site refuses automated requests: AWS WAF challenge");
    assertThat(report.botWalls()).isEqualTo(1);
  }

  private LinkReport checkPapers(String api, int batchSize) {
    server.paper("2401.02954", 2, "A Title");
    server.paper("2401.00002", 1, "Another Title");
    return check(
        settings().arxivApiUrl(server.url(api)).arxivBatchSize(batchSize).build(),
        List.of(
            paper(3, "https://arxiv.org/abs/2401.02954"),
            paper(4, "https://arxiv.org/abs/2401.00002")));
  }

  @Test
  void aBusyArxivApiIsAskedAgainWhenItSays() {
    LinkReport report = checkPapers("/api/busy", 2);

    assertThat(report.findings()).isEmpty();
    assertAskedTwice("/api/busy", 950_000_000L);
  }

  @Test
  void anArxivApiThatFailsLeavesPapersUnverifiedNotMissing() {
    assertThat(lines(checkPapers("/api/broken", 2)))
        .containsExactly(
            "3:40 DG204 https://arxiv.org/abs/2401.02954 could not be verified: the arXiv API"
                + " answered 500 (2 requests)",
            "4:40 DG204 https://arxiv.org/abs/2401.00002 could not be verified: the arXiv API"
                + " answered 500 (2 requests)");
    assertThat(lines(checkPapers("/api/html", 2)))
        .containsExactly(
            "3:40 DG204 https://arxiv.org/abs/2401.02954 could not be verified: the arXiv API"
                + " answered with something that is not an Atom feed (it starts \"<!DOCTYPE html>"
                + " <html><body>Down for maintenance\") (2 requests)",
            "4:40 DG204 https://arxiv.org/abs/2401.00002 could not be verified: the arXiv API"
                + " answered with something that is not an Atom feed (it starts \"<!DOCTYPE html>"
                + " <html><body>Down for maintenance\") (2 requests)");
    // An answer past the most read (8 MiB) ends the exchange; the verifier counts it as no answer.
    assertThat(lines(checkPapers("/api/huge", 2)))
        .containsExactly(
            "3:40 DG204 https://arxiv.org/abs/2401.02954 was not checked: the arXiv API could not"
                + " be reached (LimitExceeded) (2 requests)",
            "4:40 DG204 https://arxiv.org/abs/2401.00002 was not checked: the arXiv API could not"
                + " be reached (LimitExceeded) (2 requests)");
    assertThat(lines(checkPapers("/api/partial", 2)))
        .containsExactly(
            "4:40 DG204 https://arxiv.org/abs/2401.00002 could not be verified: the arXiv API"
                + " answered only 1 of the 2 papers its feed counts");
  }

  @Test
  void arxivLinksRemappedToAMirrorAreRequestedThereNotThroughTheApi() {
    LinkSettings settings =
        settings()
            .arxivApiUrl("https://api.invalid/api/query")
            .linkRemaps(List.of("^https://arxiv\\.org/.* " + server.url("/ok")))
            .build();

    LinkReport report =
        check(
            settings,
            List.of(
                paper(1, "https://arxiv.org/abs/2401.02954"),
                at(2, "https://arxiv.org/pdf/2401.02954")));

    assertThat(report.findings()).isEmpty();
    assertThat(report.networkAbsent()).isFalse();
    assertThat(report.arxivRequests()).isZero();
    assertThat(server.hits("/ok")).isEqualTo(1);
    assertThat(logged).noneMatch(l -> l.startsWith("WARN"));
  }

  @Test
  void endlessHeadersEndAsUnverifiedWithinTheTimeoutsInBoundedMemory() throws IOException {
    // The failsafe plugin runs the link ITs with -Xmx256m: a client that kept every header line
    // would run out of memory here, as an unlimited one did (2.8 GB of headers in a few seconds).
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(256L * 1024 * 1024);
    String url = server.endlessHeaders("/headers");

    LinkReport report = checkWithinTimeouts(url);

    assertThat(lines(report))
        .containsExactly(
            "1:3 DG204 "
                + url
                + " could not be checked: the response headers passed 256 KiB, the most read");
    assertThat(server.hits("/headers")).isEqualTo(1); // a bound broken is not asked again
    assertThat(server.headerBytesSent()).isLessThan(64L * 1024 * 1024);
  }

  @Test
  void aHeaderLineWithoutEndEndsAsUnverifiedWithinTheTimeouts() throws IOException {
    String url = server.endlessHeaders("/header-line");

    LinkReport report = checkWithinTimeouts(url);

    assertThat(lines(report))
        .containsExactly(
            "1:3 DG204 "
                + url
                + " could not be checked: the request failed (bad HTTP answer: Response Header Bytes"
                + " Too Large)");
    assertThat(server.hits("/header-line")).isEqualTo(1);
  }

  @Test
  void aRunNeverOutlastsItsLinkCheckTimeout() throws IOException {
    List<LinkOccurrence> links = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      links.add(at(i + 1, server.endlessHeaders("/slow-headers/" + i)));
    }
    long start = System.nanoTime();

    LinkReport report =
        check(settings().linkTimeout("1h").maxRetries(3).linkCheckTimeout("2s").build(), links);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(lines(report))
        .hasSize(20)
        .allMatch(l -> l.endsWith(" could not be checked: not checked within linkCheckTimeout"));
  }

  @Test
  void linkCacheThatIsASymlinkOutsideTheRepositoryIsNotRead() throws IOException {
    Path secret = Files.createTempFile("environ", ".txt");
    try {
      Files.writeString(secret, "CANARY_51bd_SECRET_ACCESS_KEY=hunter2\n");
      Path cache = temp.resolve("target/links.json");
      Files.createDirectories(cache.getParent());
      Files.createSymbolicLink(cache, secret);

      LinkReport report =
          check(settings().linkCacheFile(cache).build(), List.of(at(1, server.url("/ok"))));

      assertThat(report.findings()).isEmpty();
      assertThat(logged).noneMatch(l -> l.contains("CANARY_51bd"));
      assertThat(logged)
          .contains(
              "WARN Ignoring the link cache "
                  + cache
                  + ": it is a symbolic link to a path outside the repository, and is neither read"
                  + " nor written");
      assertThat(secret).hasContent("CANARY_51bd_SECRET_ACCESS_KEY=hunter2");
    } finally {
      Files.delete(secret);
    }
  }

  /** The server got exactly two requests for {@code path}, at least {@code nanos} apart. */
  private void assertAskedTwice(String path, long nanos) {
    List<TestServer.Seen> seen = server.seen(path);
    assertThat(seen).hasSize(2);
    assertThat(seen.get(1).nanos() - seen.get(0).nanos()).isGreaterThanOrEqualTo(nanos);
  }
}
