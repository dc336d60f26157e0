package org.paperdigest.maven.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report opened in headless Chromium (Debian's {@code chromium}; {@code .ci/run} installs
 * it): the page's own script runs under its Content-Security-Policy, a script injected through a
 * digest title or author does not, the URL fragment filters and sorts the table, and the charts and
 * highlights are painted. Without Chromium the test is skipped, except under {@code CI=true}, where
 * it fails.
 */
class HtmlReportBrowserIT {

  private static final Path SHOTS = Path.of("target/browser");
  private static String chromium;

  @TempDir static Path site;
  private static Path page;

  @BeforeAll
  static void writeReport() throws IOException {
    chromium = findChromium();
    copy(ReportFixtures.SEEDS.resolve("paper_logs"), site.resolve("paper_logs"));
    copy(HostileContentTest.HOSTILE.resolve("paper_logs"), site.resolve("paper_logs"));
    page = new HtmlReportWriter().write(ReportFixtures.check(site, Set.of()), site.resolve("out"));
  }

  @Test
  void pageScriptRunsAndInjectedMarkupDoesNot() throws Exception {
    String dom = dumpDom("");

    assertThat(dom).contains("data-report-ready=\"true\"");
    assertThat(dom).contains("<title>Digest report</title>").doesNotContain("pwned</title>");
    assertThat(dom).doesNotContain("<img src=\"x\"").doesNotContain("<img src=x");
    assertThat(rows(dom)).hasSize(28);
    assertThat(dom).contains("28 of 28 findings shown");
  }

  @Test
  void fragmentFiltersByRuleAndSeverity() throws Exception {
    String dom = dumpDom("#rule=DG110&severity=error");

    List<String> rows = rows(dom);
    assertThat(rows).hasSize(28);
    assertThat(rows.stream().filter(r -> !r.contains(" hidden")))
        .hasSize(20)
        .allMatch(r -> r.contains("data-rule=\"DG110\""));
    assertThat(dom).contains("20 of 28 findings shown");
  }

  @Test
  void fragmentSortsByAColumnDescending() throws Exception {
    String dom = dumpDom("#sort=2-desc");

    List<String> rows = rows(dom);
    assertThat(rows.get(0)).contains("data-rule=\"DG201\"");
    assertThat(rows.get(rows.size() - 1)).contains("data-rule=\"DG110\"");
    assertThat(dom).contains("aria-sort=\"descending\"");
    assertThat(dom.indexOf("paper_logs/2024/05/01.md:9:76"))
        .isLessThan(dom.indexOf("paper_logs/2024/01/02.md:9:22"));
  }

  @Test
  void chartsAndHighlightsArePainted() throws Exception {
    Files.createDirectories(SHOTS);
    Path shot = SHOTS.resolve("digest-report.png").toAbsolutePath();
    run("--window-size=1280,1800", "--screenshot=" + shot, page.toUri().toString());

    BufferedImage image = ImageIO.read(shot.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(pixels(image, 0xCF222E)).as("red error bars").isGreaterThan(2000);
    assertThat(pixels(image, 0x6E7781)).as("grey month columns").isGreaterThan(2000);
    assertThat(pixels(image, 0xFFF8C5)).as("yellow highlighted spans").isGreaterThan(500);
  }

  private static List<String> rows(String dom) {
    List<String> rows = new ArrayList<>();
    Matcher m = Pattern.compile("<tr data-severity=[^>]*>").matcher(dom);
    while (m.find()) {
      rows.add(m.group());
    }
    return rows;
  }

  private static int pixels(BufferedImage image, int rgb) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
          count++;
        }
      }
    }
    return count;
  }

  private String dumpDom(String fragment) throws Exception {
    return run("--dump-dom", page.toUri() + fragment);
  }

  private static String run(String... args) throws Exception {
    Path profile = Files.createTempDirectory(site, "profile");
    List<String> command =
        new ArrayList<>(
            List.of(
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--virtual-time-budget=5000"));
    command.addAll(List.of(args));
    Path output = site.resolve("chromium-" + System.nanoTime() + ".out");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(output.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("Chromium did not finish within 90 s: " + command);
    }
    assertThat(process.exitValue()).as("chromium exit code").isZero();
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  private static String findChromium() {
    List<String> candidates = new ArrayList<>();
    String configured = System.getenv("CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      candidates.add(configured);
    }
    candidates.addAll(
        List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
    for (String candidate : candidates) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    String message =
        "No Chromium found (tried "
            + candidates
            + "); install Debian's chromium package or set CHROMIUM";
    if ("true".equals(System.getenv("CI"))) {
      fail(message);
    }
    Assumptions.abort(message);
    return null;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }
}
