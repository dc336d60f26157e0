package org.paperdigest.maven.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperdigest.maven.report.ReportFixtures.assertGolden;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.Severity;

class GithubActionsReportTest {

  @TempDir Path dir;
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

  private GithubActionsReport report(Path summary) {
    return new GithubActionsReport(
        Map.of(
            "GITHUB_ACTIONS", "true",
            "GITHUB_STEP_SUMMARY", summary.toString(),
            "GITHUB_SERVER_URL", "https://github.com",
            "GITHUB_REPOSITORY", "octo/digests",
            "GITHUB_SHA", "0123abc"),
        new PrintStream(stdout, true, StandardCharsets.UTF_8));
  }

  @Test
  void seedsGiveTheMostSevereAnnotationsWithinGithubsLimitAndAGoldenSummary() throws IOException {
    Path summary = dir.resolve("summary.md");

    GithubActionsReport.Published published = report(summary).publish(ReportFixtures.seeds());

    Path annotations = dir.resolve("annotations.txt");
    Files.writeString(annotations, stdout.toString(StandardCharsets.UTF_8));
    assertGolden(annotations, "seeds/github-annotations.txt");
    assertGolden(summary, "seeds/github-summary.md");
    assertThat(stdout.toString(StandardCharsets.UTF_8).lines())
        .hasSize(13)
        .filteredOn(line -> line.startsWith("::error "))
        .hasSize(10);
    assertThat(published.notAnnotated()).isEqualTo(9);
    assertThat(published.summary()).contains(summary);
  }

  @Test
  void summaryIsAppendedToWhatEarlierStepsWrote() throws IOException {
    Path summary = dir.resolve("summary.md");
    Files.writeString(summary, "# Earlier step\n");

    report(summary).publish(ReportFixtures.seeds());

    assertThat(Files.readString(summary))
        .startsWith("# Earlier step\n## Digest check: 19 errors, 1 warning, 2 infos\n");
  }

  @Test
  void summaryStaysWithinTheBudgetAndSaysWhatItLeftOut() throws IOException {
    ReportContext seeds = ReportFixtures.seeds();
    GithubActionsReport github = report(dir.resolve("unused.md"));

    String text = github.summary(seeds, seeds.result().findings(), 4096);

    assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
    assertThat(text).containsPattern("\n\\d+ more findings are not listed here");
    assertThat(text.lines().filter(l -> l.startsWith("| error | ["))).isNotEmpty();
  }

  @Test
  void nothingIsPublishedOutsideGithubActions() {
    GithubActionsReport github =
        new GithubActionsReport(Map.of("CI", "true"), new PrintStream(stdout));

    assertThat(github.active()).isFalse();
  }

  @Test
  void annotationEscapesPropertiesAndDataAsTheRunnerExpects() {
    Finding finding =
        new Finding(
            Rule.DG110, Severity.ERROR, "a,b:c%.md", 3, 7, "line one\nline two\r 100% :: done, ok");

    String line = GithubActionsReport.annotation(ReportFixtures.emptyContext("repo/"), finding);

    assertThat(line)
        .isEqualTo(
            "::error file=repo/a%2Cb%3Ac%25.md,line=3,col=7,title=DG110 duplicate-author::"
                + "line one%0Aline two%0D 100%25 :: done, ok");
  }

  @Test
  void tableCellsCannotBreakOutOfTheirCellOrInjectHtml() {
    assertThat(GithubActionsReport.cell("a | b <script>x</script> [l](u) `c`\nd"))
        .isEqualTo("a \\| b &lt;script&gt;x&lt;/script&gt; \\[l\\](u) \\`c\\` d");
  }
}
