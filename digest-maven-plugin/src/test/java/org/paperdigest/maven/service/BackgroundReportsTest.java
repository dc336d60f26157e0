package org.paperdigest.maven.service;

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
import org.paperdigest.maven.ModelGolden;
import org.paperdigest.maven.OfflineCheck;
import org.paperdigest.maven.report.ReportContext;

/**
 * digest:check writes its file reports on a thread of their own while the console report prints:
 * the same files come out as written in line, in the same order, and a failure reaches the goal.
 */
class BackgroundReportsTest {

  private static final Path SEEDS = ModelGolden.seeds();

  @TempDir Path out;

  @Test
  void writesWhatTheGoalAsksForInOrder() throws IOException {
    Set<String> formats = Set.of("console", "json", "sarif", "checkstyle");
    Path inline = out.resolve("inline");
    Path background = out.resolve("background");
    List<Path> expected = ReportService.write(context(), formats, inline);

    List<Path> written = ReportService.finish(ReportService.start(context(), formats, background));

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
    Path notADirectory = Files.writeString(out.resolve("reports"), "a file where the folder goes");

    var task = ReportService.start(context(), Set.of("json"), notADirectory);

    assertThatThrownBy(() -> ReportService.finish(task))
        .isInstanceOf(FileAlreadyExistsException.class)
        .hasMessageContaining("reports");
  }

  private static ReportContext context() {
    ReportContext context = OfflineCheck.check(SEEDS).context();
    assertThat(context.result().findings()).isNotEmpty();
    return context;
  }
}
