package org.paperdigest.maven.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdigest.digest.Finding;
import org.paperdigest.maven.OfflineCheck;
import org.paperdigest.maven.baseline.Baseline;
import org.paperdigest.maven.git.TestGit;
import org.paperdigest.maven.output.PluginLog;

/**
 * The fix without Maven: what it rewrites and what it leaves, byte for byte; a second run changes
 * nothing; a dry run writes nothing; git decides which files may be rewritten; what remains is
 * triaged against the baseline as {@code check} triages it.
 */
class FixServiceTest {

  private static final String HEADER = "## Daily Papers (2024-01-08)\n\n";

  private static String entry(String title, String id, String authors) {
    return "### ["
        + title
        + "](https://arxiv.org/abs/"
        + id
        + ")\n\n![](https://cdn-uploads.huggingface.co/t.png)\n\nVote: 3\n\nAuthors: "
        + authors
        + "\n\n- A bullet.\n\n";
  }

  private static final String REPEATED =
      HEADER
          + entry("One", "2401.00001", "Wei Wang, Li Zhang, Wei Wang")
          + entry("Two", "2401.00002", "Ada Lovelace");

  private static final String FIXED =
      HEADER
          + entry("One", "2401.00001", "Wei Wang, Li Zhang")
          + entry("Two", "2401.00002", "Ada Lovelace");

  @TempDir Path repo;

  private final List<String> logged = new ArrayList<>();
  private final PluginLog log = OfflineCheck.keepingInto(logged);

  @BeforeEach
  void digests() throws IOException {
    write("paper_logs/2024/01/08.md", REPEATED);
  }

  private void write(String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private String read(String path) throws IOException {
    return Files.readString(repo.resolve(path), StandardCharsets.UTF_8);
  }

  private FixService.Outcome fix(boolean dryRun, boolean allowUncommitted)
      throws DigestRunException {
    return new FixService(log)
        .fix(OfflineCheck.run(repo, List.of("console")), dryRun, allowUncommitted);
  }

  @Test
  void fixesInPlaceAndASecondRunChangesNothing() throws Exception {
    FixService.Outcome first = fix(false, true);

    assertThat(first).isEqualTo(new FixService.Outcome(1, 1, 0));
    assertThat(read("paper_logs/2024/01/08.md")).isEqualTo(FIXED);
    assertThat(logged)
        .containsExactly(
            "INFO paper_logs/2024/01/08.md:9:1: fixed DG110 duplicate-author: dropped repeated Wei"
                + " Wang",
            "INFO Fixed 1 problem(s) in 1 of 1 file(s)",
            "INFO What remains (links checked offline):",
            "INFO Checked 1 file (2 entries): 0 errors, 0 warnings, 0 infos");

    assertThat(fix(false, true)).isEqualTo(new FixService.Outcome(0, 0, 0));
    assertThat(read("paper_logs/2024/01/08.md")).isEqualTo(FIXED);
  }

  @Test
  void aDryRunPrintsTheDiffAndWritesNothing() throws Exception {
    FixService.Outcome outcome = fix(true, false);

    assertThat(outcome).isEqualTo(new FixService.Outcome(1, 1, 0));
    assertThat(read("paper_logs/2024/01/08.md")).isEqualTo(REPEATED);
    assertThat(logged)
        .containsExactly(
            "INFO ",
            "INFO --- a/paper_logs/2024/01/08.md",
            "INFO +++ b/paper_logs/2024/01/08.md",
            "INFO @@ -6,7 +6,7 @@",
            "INFO  ",
            "INFO  Vote: 3",
            "INFO  ",
            "INFO -Authors: Wei Wang, Li Zhang, Wei Wang",
            "INFO +Authors: Wei Wang, Li Zhang",
            "INFO  ",
            "INFO  - A bullet.",
            "INFO paper_logs/2024/01/08.md:9:1: would fix DG110 duplicate-author: dropped repeated"
                + " Wei Wang",
            "INFO Would fix 1 problem(s) in 1 of 1 file(s) (dry run: nothing written)");
  }

  @Test
  void gitDecidesWhichFilesMayBeRewritten() throws Exception {
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("commit", "-q", "-m", "digests");
    write("paper_logs/2024/01/09.md", REPEATED.replace("2024-01-08", "2024-01-09"));

    FixService.Outcome outcome = fix(false, false);

    assertThat(outcome).isEqualTo(new FixService.Outcome(1, 1, 1));
    assertThat(read("paper_logs/2024/01/08.md")).isEqualTo(FIXED);
    assertThat(read("paper_logs/2024/01/09.md"))
        .isEqualTo(REPEATED.replace("2024-01-08", "2024-01-09"));
    assertThat(logged)
        .contains(
            "WARN paper_logs/2024/01/09.md: not fixed, git does not hold it as it is (commit it"
                + " first, or pass -Ddigest.allowUncommitted=true)");
  }

  @Test
  void aFileThatIsNotUtf8IsLeftAloneAndSaidSo() throws Exception {
    byte[] latin1 = REPEATED.replace("Li Zhang", "Jos\u00e9").getBytes(StandardCharsets.ISO_8859_1);
    Files.write(repo.resolve("paper_logs/2024/01/08.md"), latin1);

    FixService.Outcome outcome = fix(false, true);

    assertThat(outcome).isEqualTo(new FixService.Outcome(0, 0, 1));
    assertThat(Files.readAllBytes(repo.resolve("paper_logs/2024/01/08.md"))).isEqualTo(latin1);
    assertThat(logged)
        .anyMatch(line -> line.startsWith("WARN paper_logs/2024/01/08.md: not fixed: "));
  }

  @Test
  void whatRemainsCountsTheFindingsTheBaselineAcceptsAndListsOnlyNewOnes() throws Exception {
    write("paper_logs/2024/01/08.md", FIXED.replace("Vote: 3", "Vote: lots"));
    List<Finding> before = OfflineCheck.check(repo).result().findings();
    Baseline.of(before).write(repo.resolve("digest-baseline.json"));
    write(
        "paper_logs/2024/01/09.md",
        FIXED.replace("2024-01-08", "2024-01-09").replace("Vote: 3", "Vote: many"));

    fix(false, true);

    List<String> remains =
        logged.subList(logged.indexOf("INFO What remains (links checked offline):"), logged.size());
    assertThat(before)
        .extracting(Finding::toString)
        .containsExactly(
            "paper_logs/2024/01/08.md:7:7: error DG106 invalid-votes: Vote: \"lots\" is neither a"
                + " non-negative integer nor -",
            "paper_logs/2024/01/08.md:17:7: error DG106 invalid-votes: Vote: \"lots\" is neither a"
                + " non-negative integer nor -");
    assertThat(remains)
        .containsExactly(
            "INFO What remains (links checked offline):",
            "ERROR paper_logs/2024/01/09.md:3:11: error DG113 duplicate-paper: paper 2401.00001"
                + " already appears at paper_logs/2024/01/08.md:3",
            "ERROR paper_logs/2024/01/09.md:7:7: error DG106 invalid-votes: Vote: \"many\" is"
                + " neither a non-negative integer nor -",
            "ERROR paper_logs/2024/01/09.md:13:11: error DG113 duplicate-paper: paper 2401.00002"
                + " already appears at paper_logs/2024/01/08.md:13",
            "ERROR paper_logs/2024/01/09.md:17:7: error DG106 invalid-votes: Vote: \"many\" is"
                + " neither a non-negative integer nor -",
            "INFO Checked 2 files (4 entries): 4 errors, 0 warnings, 0 infos; 2 more findings"
                + " accepted by the baseline");
  }

  private void git(String... args) throws IOException, InterruptedException {
    TestGit.run(repo, args);
  }
}
