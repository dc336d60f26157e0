package org.paperdigest.digest.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.DigestChecker;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.ValidationConfig;

class BenchCorpusTest {

  @TempDir Path dir;

  @Test
  void theSameCountGivesTheSameBytesAndALargerCorpusStartsWithASmallerOne() throws IOException {
    BenchCorpus corpus = BenchCorpus.fromSeeds();
    corpus.writeTo(dir.resolve("a"), 30);
    corpus.writeTo(dir.resolve("b"), 30);
    corpus.writeTo(dir.resolve("c"), 45);

    List<Path> small = files(dir.resolve("a"));
    assertThat(small).hasSize(30);
    assertThat(files(dir.resolve("c"))).hasSize(45);
    for (Path relative : small) {
      String text = Files.readString(dir.resolve("a").resolve(relative));
      assertThat(Files.readString(dir.resolve("b").resolve(relative))).isEqualTo(text);
      assertThat(Files.readString(dir.resolve("c").resolve(relative))).isEqualTo(text);
    }
    assertThat(small.get(0)).hasToString("paper_logs/2015/01/01.md");
    assertThat(Files.readString(dir.resolve("a").resolve(small.get(29))))
        .startsWith("## Daily Papers (2015-01-30)\n\n### [");
  }

  @Test
  void theDigestsVaryAndHoldTheDefectsRealOnesDo() throws IOException {
    BenchCorpus.fromSeeds().writeTo(dir, 300);
    List<Path> files = files(dir).stream().map(dir::resolve).toList();
    CheckResult result;
    try (DigestChecker checker = DigestChecker.create(ValidationConfig.defaults(), 2)) {
      result = checker.check(dir, files);
    }
    Set<String> rules = new TreeSet<>();
    for (Finding finding : result.findings()) {
      rules.add(finding.rule().id());
    }
    // The corpus's missing local files are site-relative avatars, which DG118 reports alone.
    assertThat(rules)
        .containsExactly(
            "DG101", "DG102", "DG103", "DG105", "DG106", "DG107", "DG109", "DG110", "DG111",
            "DG112", "DG113", "DG114", "DG115", "DG117", "DG118", "DG119", "DG120", "DG201",
            "DG202", "DG207", "DG209");
    Set<String> authorLines = new TreeSet<>();
    for (Path file : files) {
      Files.readAllLines(file).stream()
          .filter(l -> l.startsWith("Authors: "))
          .forEach(authorLines::add);
    }
    // The seeds hold 35 author lines; most entries get a list of their own.
    assertThat(authorLines).hasSizeGreaterThan(3000);
    assertThat(result.entriesChecked()).isBetween(300 * 12, 300 * 24);
  }

  @Test
  void anOlderCorpusIsReplacedAndPaperLogsItDidNotWriteAreLeftAlone() throws IOException {
    Path old = dir.resolve("old");
    Files.createDirectories(old.resolve("paper_logs/2015/01"));
    Files.writeString(old.resolve("paper_logs/2015/01/01.md"), "old");
    Files.writeString(old.resolve("paper_logs/2015/01/31.md"), "old");
    Files.writeString(old.resolve(BenchCorpus.STAMP), "varied-1 2\n");
    BenchCorpus.fromSeeds().writeTo(old, 2);
    assertThat(files(old)).hasSize(2);
    assertThat(Files.readString(old.resolve("paper_logs/2015/01/01.md"))).startsWith("## Daily");

    Path foreign = dir.resolve("foreign");
    Files.createDirectories(foreign.resolve("paper_logs"));
    Files.writeString(foreign.resolve("paper_logs/mine.md"), "a user's digest");
    assertThatThrownBy(() -> BenchCorpus.fromSeeds().writeTo(foreign, 2))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("did not write");
    assertThat(Files.readString(foreign.resolve("paper_logs/mine.md")))
        .isEqualTo("a user's digest");
  }

  private static List<Path> files(Path corpus) throws IOException {
    try (Stream<Path> walk = Files.walk(corpus.resolve("paper_logs"))) {
      return walk.filter(Files::isRegularFile).map(corpus::relativize).sorted().toList();
    }
  }
}
