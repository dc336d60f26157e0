package org.paperdigest.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Severity;
import org.paperdigest.maven.ModelGolden;
import org.paperdigest.maven.OfflineCheck;
import org.paperdigest.maven.service.Checked;

/** The seeds checked offline, as every report test sees them, and the golden-file comparison. */
final class ReportFixtures {

  /** The four real digests, kept with the model's golden cases. */
  static final Path SEEDS = ModelGolden.seeds();

  static final Path EXPECTED = Path.of("src/test/resources/reports");

  private ReportFixtures() {}

  /** The seeds' findings (links offline), with the checked files and no repository prefix. */
  static ReportContext seeds() throws IOException {
    return check(SEEDS, Set.of());
  }

  /** A check of {@code directory}; findings {@code baselined} accepts are marked so. */
  static ReportContext check(Path directory, Set<String> baselinedFingerprints) throws IOException {
    Checked checked = OfflineCheck.check(directory);
    CheckResult result = checked.result();
    Set<Finding> baselined =
        Set.copyOf(
            result.findings().stream()
                .filter(f -> baselinedFingerprints.contains(f.fingerprint()))
                .toList());
    return context(checked, result, directory, baselined, !baselinedFingerprints.isEmpty());
  }

  /** The context of {@code checked} with {@code result} instead of its own, nothing baselined. */
  static ReportContext context(Checked checked, CheckResult result, Path directory) {
    return context(checked, result, directory, Set.of(), false);
  }

  private static ReportContext context(
      Checked checked,
      CheckResult result,
      Path directory,
      Set<Finding> baselined,
      boolean withBaseline) {
    return new ReportContext(
        result,
        checked.context().config(),
        "1.2.3",
        "",
        directory,
        checked.context().files(),
        Severity.ERROR,
        baselined,
        withBaseline,
        OfflineCheck.OPTIONS);
  }

  /** A context with no findings whose report paths get {@code prefix}. */
  static ReportContext emptyContext(String prefix) {
    return new ReportContext(
        CheckResult.of(List.of(), 0, 0),
        org.paperdigest.digest.ValidationConfig.builder().build(),
        "1.2.3",
        prefix,
        SEEDS,
        List.of(),
        Severity.ERROR,
        Set.of(),
        false,
        OfflineCheck.OPTIONS);
  }

  /** Copies the files under {@code from} to {@code to}, folders and all. */
  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }

  /**
   * Asserts that {@code actual} equals the golden file {@code name}; with {@code
   * -Dgolden.update=true} rewrites the golden file instead.
   */
  static void assertGolden(Path actual, String name) throws IOException {
    Path expected = EXPECTED.resolve(name);
    String text = Files.readString(actual, StandardCharsets.UTF_8);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, text, StandardCharsets.UTF_8);
    }
    assertThat(text)
        .as("%s (regenerate with -Dgolden.update=true)", name)
        .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
