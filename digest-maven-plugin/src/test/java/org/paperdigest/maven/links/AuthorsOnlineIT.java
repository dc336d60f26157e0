package org.paperdigest.maven.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdigest.digest.Finding;
import org.paperdigest.maven.OfflineCheck;
import org.paperdigest.maven.links.settings.LinkMode;
import org.paperdigest.maven.links.settings.LinkSettings;
import org.paperdigest.maven.output.PluginLog;
import org.paperdigest.maven.service.CheckSettings;
import org.paperdigest.maven.service.Checked;
import org.paperdigest.maven.service.DigestRunException;
import org.paperdigest.maven.service.DigestService;
import org.paperdigest.maven.service.FixService;
import org.paperdigest.maven.service.RunSettings;

/**
 * The authors check as the goals run it, against a stand-in for the arXiv API on 127.0.0.1: the
 * online check reports DG121 and DG122 and counts them, DG110 keeps two people of one name, and
 * {@code digest:fix} online writes arXiv's authors, byte-exact elsewhere, once.
 */
class AuthorsOnlineIT {

  private static final String LF =
      "## Daily Papers (2024-01-08)\n\n"
          + "### [Paper One](https://arxiv.org/abs/2401.00001)\n\n"
          + "Vote: 3\n\nAuthors: Diyi Yang, Tatsunori Hashimoto, Chenglei Si  \n\n- A bullet.\n\n"
          + "### [Paper Two](https://arxiv.org/abs/2401.00002)\n\n"
          + "Vote: 2\n\nAuthors: Wei Wang, Li Zhang, Wei Wang\n\n- A bullet.\n\n"
          + "### [Paper Three](https://arxiv.org/abs/2401.00003)\n\n"
          + "Vote: 1\n\nAuthors: Jurgen Schmidhuber, Ada Lovelace, John Doe, +\n\n- A bullet.\n";

  private static final String LF_FIXED =
      LF.replace(
              "Diyi Yang, Tatsunori Hashimoto, Chenglei Si  ",
              "Chenglei Si, Diyi Yang, Tatsunori Hashimoto")
          .replace(
              "Jurgen Schmidhuber, Ada Lovelace, John Doe, +",
              "Jürgen Schmidhuber, Ada Lovelace, Grace Hopper, +");

  private static final String CRLF =
      "\uFEFF## Daily Papers (2024-01-09)\r\n\r\n"
          + "### [Paper Four](https://arxiv.org/abs/2401.00004)\r\n\r\n"
          + "Vote: 3\r\n\r\nAuthors: ['Alan Turing', 'and Ada Lovelace']\r\n\r\n- A bullet.\r\n";

  private static final String CRLF_FIXED =
      CRLF.replace("['Alan Turing', 'and Ada Lovelace']", "Ada Lovelace, Alan Turing");

  private TestServer server;
  private final List<String> logged = new ArrayList<>();
  private final PluginLog log = OfflineCheck.keepingInto(logged);

  @TempDir Path repo;

  @BeforeEach
  void start() throws IOException {
    server = new TestServer();
    server.paper("2401.00001", 1, "Paper One", "Chenglei Si", "Diyi Yang", "Tatsunori Hashimoto");
    server.paper("2401.00002", 2, "Paper Two", "Wei Wang", "Li Zhang", "Wei Wang");
    server.paper(
        "2401.00003",
        1,
        "Paper Three",
        "Jürgen Schmidhuber|IDSIA",
        "Ada Lovelace",
        "Grace Hopper",
        "Edsger Dijkstra");
    server.paper("2401.00004", 1, "Paper Four", "Ada Lovelace", "Alan Turing");
    write("paper_logs/2024/01/08.md", LF);
    write("paper_logs/2024/01/09.md", CRLF);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void write(String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private String read(String path) throws IOException {
    return new String(Files.readAllBytes(repo.resolve(path)), StandardCharsets.UTF_8);
  }

  private RunSettings run(LinkMode mode) {
    LinkSettings links =
        LinkSettings.builder()
            .mode(mode)
            .linkIncludes(List.of("^https://arxiv\\.org/"))
            .arxivApiUrl(server.url("/api/query"))
            .arxivInterval("10ms")
            .linkCacheFile(repo.resolve("target/digest-link-cache.json"))
            .build();
    CheckSettings check =
        CheckSettings.builder(links)
            .rules(List.of("DG103=off"))
            .formats(List.of("console"))
            .build();
    return RunSettings.builder(repo, check, OfflineCheck.OPTIONS)
        .includes(List.of("paper_logs/**/*.md"))
        .build();
  }

  @Test
  void theOnlineCheckHoldsAuthorsToArxivAndCountsThem() throws DigestRunException {
    Checked checked = new DigestService(log).check(run(LinkMode.ONLINE), false);

    assertThat(checked.result().findings().stream().map(Finding::toString))
        .containsExactly(
            "paper_logs/2024/01/08.md:7:1: warning DG122 author-order: arXiv's first author is"
                + " Chenglei Si; here Chenglei Si is third",
            "paper_logs/2024/01/08.md:23:1: warning DG121 author-mismatch: the author list differs"
                + " from arXiv's for 2401.00003: missing Grace Hopper; John Doe is not an author"
                + " on arXiv; \"Jurgen Schmidhuber\" is \"Jürgen Schmidhuber\" on arXiv",
            "paper_logs/2024/01/08.md:23:54: info DG111 truncated-authors: the author list was cut"
                + " ('+')",
            "paper_logs/2024/01/09.md:7:1: warning DG122 author-order: arXiv's first author is Ada"
                + " Lovelace; here Ada Lovelace is second",
            "paper_logs/2024/01/09.md:7:10: error DG117 author-list-syntax: the author list is"
                + " written as code (in brackets, with names in quotes, with 'and' before a name);"
                + " write the names separated by commas: 'Authors: Alan Turing, Ada Lovelace'");
    assertThat(logged)
        .contains(
            "INFO Authors checked against arXiv's records: 4 of 4 entries; 2 list them in another"
                + " order than arXiv (DG122), 1 list other names (DG121); digest:fix"
                + " -Ddigest.links=online writes arXiv's");
    assertThat(server.hits("/api/query")).isEqualTo(1);
  }

  @Test
  void anOnlineFixWritesArxivsAuthorsOnceAndAnOfflineFixNever() throws Exception {
    new FixService(log).fix(run(LinkMode.OFFLINE), false, true);
    assertThat(read("paper_logs/2024/01/08.md"))
        .as("offline: the order stays, and so does the repeated name")
        .isEqualTo(LF.replace("Wei Wang, Li Zhang, Wei Wang", "Wei Wang, Li Zhang"));
    assertThat(read("paper_logs/2024/01/09.md"))
        .isEqualTo(
            CRLF.replace("['Alan Turing', 'and Ada Lovelace']", "Alan Turing, Ada Lovelace"));
    write("paper_logs/2024/01/08.md", LF);

    FixService.Outcome first = new FixService(log).fix(run(LinkMode.ONLINE), false, true);
    logged.clear();
    FixService.Outcome second = new FixService(log).fix(run(LinkMode.ONLINE), false, true);

    assertThat(read("paper_logs/2024/01/08.md")).isEqualTo(LF_FIXED);
    assertThat(read("paper_logs/2024/01/09.md")).isEqualTo(CRLF_FIXED);
    assertThat(first.fixes()).isEqualTo(3);
    assertThat(first.files()).isEqualTo(2);
    assertThat(second.fixes()).isZero();
    assertThat(server.hits("/api/query")).as("the second fix reads the cache").isEqualTo(1);
    assertThat(logged)
        .contains(
            "INFO Asked arXiv about 4 paper(s) (4 from the cache, 0 arXiv API request(s)): 4 known",
            "INFO Fixed 0 problem(s) in 0 of 2 file(s)",
            "INFO What remains (links checked offline, authors against arXiv's records):")
        .noneMatch(
            line -> line.contains("DG110") || line.contains("DG121") || line.contains("DG122"));
  }
}
