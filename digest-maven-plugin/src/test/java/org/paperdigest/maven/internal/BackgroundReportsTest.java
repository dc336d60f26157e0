package org.paperdigest.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.Severity;
import org.paperdigest.maven.OfflineCheck;
import org.paperdigest.maven.links.LinkMode;
import org.paperdigest.maven.links.LinkSettings;
import org.paperdigest.maven.report.ReportContext;

/**
 * digest:check writes its file reports on a thread of their own while the console report prints:
 * the same files come out as written in line, in the same order, and a failure reaches the goal.
 */
class BackgroundReportsTest {

  private static final Path SEEDS = Path.of("../digest-model/src/test/resources/golden/seeds");

  @TempDir Path out;

  @Test
  void writesWhatTheGoalAsksForInOrder() throws IOException {
    CheckSettings settings = settings(List.of("console", "json", "sarif", "checkstyle"));
    Path inline = out.resolve("inline");
    Path background = out.resolve("background");
    List<Path> expected = CheckRun.writeReports(context(settings), settings, inline);

    List<Path> written =
        CheckRun.finishReports(CheckRun.startReports(context(settings), settings, background));

    assertThat(written)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("digest.sarif", "digest.json", "digest-checkstyle.xml");
    assertThat(expected)
        .extracting(Path::getFileName)
        .isEqualTo(written.stream().map(Path::getFileName).toList());
    for (Path file : written) {
      assertThat(Files.readString(file))
          .isEqualTo(Files.readString(inline.resolve(file.getFileName())));
    }
  }

  @Test
  void aFailureReachesTheGoal() throws IOException {
    CheckSettings settings = settings(List.of("json"));
    Path notADirectory = Files.writeString(out.resolve("reports"), "a file where the folder goes");

    var task = CheckRun.startReports(context(settings), settings, notADirectory);

    assertThatThrownBy(() -> CheckRun.finishReports(task))
        .isInstanceOf(FileAlreadyExistsException.class)
        .hasMessageContaining("reports");
  }

  private static CheckSettings settings(List<String> formats) {
    return CheckSettings.from(
        List.of(),
        List.of(),
        "error",
        0,
        formats,
        LinkSettings.builder().mode(LinkMode.OFFLINE).build());
  }

  private static ReportContext context(CheckSettings settings) throws IOException {
    List<Path> files = CheckRun.scan(SEEDS, List.of("**/*.md"), List.of());
    CheckResult result = OfflineCheck.run(SEEDS, files);
    assertThat(result.findings()).isNotEmpty();
    return new ReportContext(
        result,
        settings.validation(),
        "1.2.3",
        "",
        SEEDS,
        CheckRun.paths(SEEDS, files, path -> true),
        Severity.ERROR,
        Set.of(),
        false);
  }
}
