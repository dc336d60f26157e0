package org.paperdigest.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Rule;

/**
 * The HTML report in headless Chromium ({@link HeadlessChromium}): on the seeds, whose digest title
 * and authors hold markup, the page's own script runs under its Content-Security-Policy, an
 * injected script does not, the fragment filters, and at a laptop's and a phone's screen size the
 * page fits as below; on a generated repository of 25,000 findings of every rule ({@link
 * ScaleRepository}), at a laptop's and a phone's screen size, the page opens within 3 s, does not
 * scroll sideways, is a few screens long, reads in rows of one line, and its filters, charts and
 * groups work with the mouse and the keyboard. Screenshots and the measured figures are kept under
 * {@code target/browser/}.
 */
class HtmlReportBrowserIT {

  static final Path SHOTS = Path.of("target/browser");
  private static final Path FIGURES = SHOTS.resolve("report-at-scale.txt");
  private static final int LARGE = 25_000;
  private static final int REAL = 1_300;

  /** The screens the report is held to. */
  enum Screen {
    LAPTOP(1280, 800, false),
    PHONE(390, 844, true);

    final int width;
    final int height;
    final boolean mobile;

    Screen(int width, int height, boolean mobile) {
      this.width = width;
      this.height = height;
      this.mobile = mobile;
    }

    String size() {
      return width + "x" + height;
    }
  }

  @TempDir static Path site;
  private static HeadlessChromium chromium;
  private static String seeds;
  private static ReportContext largeContext;
  private static String large;
  private static String real;

  @BeforeAll
  static void writeReports() throws Exception {
    chromium = HeadlessChromium.start(site.resolve("profile"));
    Path repository = site.resolve("repository");
    ReportFixtures.copy(
        ReportFixtures.SEEDS.resolve("paper_logs"), repository.resolve("paper_logs"));
    ReportFixtures.copy(
        HostileContentTest.HOSTILE.resolve("paper_logs"), repository.resolve("paper_logs"));
    seeds = url(ReportFixtures.check(repository, Set.of()), "seeds");
    ReportContext generated = ScaleRepository.check(site.resolve("generated"), 92);
    assertThat(generated.result().findings()).hasSizeGreaterThanOrEqualTo(LARGE);
    largeContext = first(generated, LARGE);
    large = url(largeContext, "large");
    real = url(first(generated, REAL), "real");
    Files.createDirectories(SHOTS);
    Files.writeString(FIGURES, "The HTML report of the generated repository\n");
  }

  @AfterAll
  static void closeBrowser() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void pageScriptRunsAndInjectedMarkupDoesNot() throws Exception {
    try (BrowserPage page = chromium.open(1280, 800, false)) {
      page.load(seeds);

      assertThat(page.evaluate("document.title").asText()).isEqualTo("Digest report");
      assertThat(
              page.evaluate(
                      "document.querySelectorAll('img, .digest-report script:not([type])').length")
                  .asInt())
          .isZero();
      // Few findings: every group is open, every row drawn.
      assertThat(count(page, ".finding")).isEqualTo(28);
      assertThat(text(page, "#shown")).isEqualTo("28 findings");
      assertThat(text(page, "#groups"))
          .contains("repeated author name: <img src=x onerror=\"document.title='pwned'\"> (2x)");
      assertThat(text(page, ".rule-group .fix")).isEqualTo("fixable: mvn digest:fix");
    }
  }

  @Test
  void fragmentFiltersByRuleAndSeverity() throws Exception {
    try (BrowserPage page = chromium.open(1280, 800, false)) {
      page.load(seeds + "#rule=DG110&severity=error");

      assertThat(text(page, "#shown")).isEqualTo("20 of 28 findings shown");
      assertThat(count(page, ".rule-group")).isEqualTo(1);
      assertThat(text(page, ".rule-group .name")).isEqualTo("DG110 duplicate-author");
      assertThat(count(page, ".finding.error")).isEqualTo(20);
      assertThat(page.evaluate("document.getElementById('rule').value").asText())
          .isEqualTo("DG110");
      assertThat(
              page.evaluate("document.querySelector('#chart-rules a.active').dataset.rule")
                  .asText())
          .isEqualTo("DG110");
    }
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void seedsFitTheScreenInRowsOfOneLine(Screen screen) throws Exception {
    try (BrowserPage page = chromium.open(screen.width, screen.height, screen.mobile)) {
      double loaded = page.load(seeds);
      Layout layout = Layout.of(page);
      page.evaluate("document.getElementById('findings').scrollIntoView()");
      page.screenshot(SHOTS.resolve("seeds-" + screen.size() + ".png"));

      assertThat(loaded).as("ms to open").isLessThan(3000);
      assertThat(layout.pageWidth()).as("page width").isLessThanOrEqualTo(screen.width);
      assertThat(layout.screens()).as("screens").isLessThanOrEqualTo(40);
      assertThat(layout.rows()).as("rows drawn").isEqualTo(28);
      assertThat(layout.tallestRow()).as("tallest row").isLessThanOrEqualTo(160);
      assertThat(layout.medianRow()).as("median row").isLessThanOrEqualTo(60);
    }
  }

  @Test
  void chartsAndHighlightsArePainted() throws Exception {
    try (BrowserPage page = chromium.open(1280, 1800, false)) {
      page.load(seeds);
      Path shot = page.screenshot(SHOTS.resolve("seeds-1280x1800.png"));

      BufferedImage image = ImageIO.read(shot.toFile());
      assertThat(image.getWidth()).isEqualTo(1280);
      assertThat(pixels(image, 0xCF222E)).as("red error bars").isGreaterThan(2000);
      assertThat(pixels(image, 0x6E7781)).as("grey month columns").isGreaterThan(2000);
      assertThat(pixels(image, 0xFFF8C5)).as("yellow highlighted spans").isGreaterThan(500);
    }
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void largeReportOpensWithinThreeSecondsAndFitsTheScreen(Screen screen) throws Exception {
    try (BrowserPage page = chromium.open(screen.width, screen.height, screen.mobile)) {
      double loaded = page.load(large);
      double realLoaded;
      try (BrowserPage other = chromium.open(screen.width, screen.height, screen.mobile)) {
        realLoaded = other.load(real);
      }
      Layout first = Layout.of(page);
      page.screenshot(SHOTS.resolve("large-" + screen.size() + ".png"));
      openEveryRuleAndItsFiles(page);
      Layout open = Layout.of(page);
      page.evaluate("document.getElementById('findings').scrollIntoView()");
      page.screenshot(SHOTS.resolve("large-" + screen.size() + "-open.png"));
      double[] filtering = filtering(page);
      figures(screen, new double[] {realLoaded, loaded}, first, open, filtering);

      assertThat(loaded).as("ms to open %d findings", LARGE).isLessThan(3000);
      assertThat(realLoaded).as("ms to open %d findings", REAL).isLessThan(3000);
      assertThat(first.pageWidth()).as("page width, collapsed").isLessThanOrEqualTo(screen.width);
      assertThat(first.screens()).as("screens, collapsed").isLessThanOrEqualTo(40);
      assertThat(open.pageWidth()).as("page width, open").isLessThanOrEqualTo(screen.width);
      assertThat(open.rows()).as("rows drawn").isGreaterThan(1000);
      assertThat(open.tallestRow()).as("tallest row").isLessThanOrEqualTo(160);
      assertThat(open.medianRow()).as("median row").isLessThanOrEqualTo(60);
      assertThat(open.tallestHeading()).as("tallest group heading").isLessThanOrEqualTo(160);
      assertThat(open.rulesShown()).as("rules with rows").isEqualTo(Rule.values().length);
    }
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void chartBarsFilterTheFindingsWhenClicked(Screen screen) throws Exception {
    try (BrowserPage page = chromium.open(screen.width, screen.height, screen.mobile)) {
      page.load(large);

      page.click("#chart-rules a[data-rule=DG110]");
      assertThat(text(page, "#shown")).isEqualTo(shown(matching(f -> f.ruleId().equals("DG110"))));
      assertThat(text(page, ".rule-group .name")).isEqualTo("DG110 duplicate-author");
      assertThat(count(page, ".rule-group")).isEqualTo(1);
      assertThat(page.evaluate("location.hash").asText()).isEqualTo("#rule=DG110");
      assertThat(page.evaluate("document.activeElement.id").asText()).isEqualTo("findings-title");

      page.click("#chart-rules a[data-rule=DG110]");
      assertThat(text(page, "#shown")).isEqualTo("25,000 findings");

      page.click("#chart-months a[data-month='2017-03']");
      assertThat(text(page, "#shown"))
          .isEqualTo(shown(matching(f -> HtmlReport.month(f.path()).equals("2017-03"))));
      assertThat(page.evaluate("document.getElementById('month').value").asText())
          .isEqualTo("2017-03");
    }
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void keyboardWorksChartsFiltersAndGroups(Screen screen) throws Exception {
    try (BrowserPage page = chromium.open(screen.width, screen.height, screen.mobile)) {
      page.load(large);

      page.tabTo("#chart-rules a", 10);
      page.press("Enter");
      assertThat(text(page, "#shown")).isEqualTo(shown(matching(f -> f.ruleId().equals("DG000"))));
      page.tabTo("#clear", 10);
      page.press("Enter");
      assertThat(text(page, "#shown")).isEqualTo("25,000 findings");

      page.evaluate("document.getElementById('findings-title').focus()");
      page.tabTo("#severity", 5);
      page.press("ArrowDown");
      assertThat(text(page, "#shown"))
          .isEqualTo(shown(matching(f -> f.severity().label().equals("error"))));
      page.tabTo("input[name=digest-group]:checked", 5);
      page.press("ArrowDown");
      assertThat(page.evaluate("location.hash").asText()).isEqualTo("#severity=error&group=file");
      assertThat(count(page, ".group-list > .file-group")).isEqualTo(100);

      page.tabTo(".file-group .toggle", 5);
      page.press("Enter");
      assertThat(count(page, ".file-group .finding")).isPositive();
      page.tabTo(".finding .line", 5);
      page.press("Enter");
      assertThat(count(page, ".finding .details .full-line")).isEqualTo(1);
      page.press("Space");
      assertThat(count(page, ".finding .details")).isZero();

      page.tabTo(".group-list > .more button", 400);
      page.press("Enter");
      assertThat(count(page, ".group-list > .file-group")).isEqualTo(200);
      assertThat(
              page.evaluate("document.activeElement.closest('.file-group') !== null").asBoolean())
          .as("focus on the first group shown")
          .isTrue();
    }
  }

  @Test
  void textFilterFindsWhatRowsShow() throws Exception {
    try (BrowserPage page = chromium.open(1280, 800, false)) {
      page.load(large);

      page.click("#filter");
      page.type("김민수");
      page.waitFor("document.getElementById('shown').textContent.includes(' of ')");
      int shown = Integer.parseInt(text(page, "#shown").split(" ")[0].replace(",", ""));
      openEveryRuleAndItsFiles(page);

      assertThat(shown).isGreaterThan(10).isLessThan(LARGE);
      assertThat(count(page, ".finding")).isEqualTo(shown);
      assertThat(
              page.evaluate(
                      "Array.from(document.querySelectorAll('.finding')).every(r =>"
                          + " r.textContent.includes('김민수'))")
                  .asBoolean())
          .isTrue();
    }
  }

  private static long matching(Predicate<Finding> test) {
    return largeContext.result().findings().stream().filter(test).count();
  }

  private static String shown(long count) {
    return String.format("%,d of %,d findings shown", count, LARGE);
  }

  private static void openEveryRuleAndItsFiles(BrowserPage page) throws Exception {
    page.evaluate(
        "document.querySelectorAll('.rule-group > .group-head .toggle').forEach(b => b.click())");
    page.evaluate(
        "document.querySelectorAll('.subgroup > .group-head .toggle[aria-expanded=false]')"
            + ".forEach(b => b.click())");
  }

  /** What the page looks like at one moment, measured in CSS pixels. */
  record Layout(
      int pageWidth,
      double screens,
      int rows,
      double tallestRow,
      double medianRow,
      double tallestHeading,
      int rulesShown) {

    static Layout of(BrowserPage page) throws Exception {
      JsonNode facts =
          page.evaluate(
              "(() => { const heights = s => Array.from(document.querySelectorAll(s),"
                  + " e => e.getBoundingClientRect().height).sort((a, b) => a - b);"
                  + " const rows = heights('.finding'); const heads = heights('.group-head');"
                  + " const rules = new Set(Array.from(document.querySelectorAll('.rule-group'))"
                  + ".filter(g => g.querySelector('.finding')).map(g => g.querySelector('b').textContent));"
                  + " const root = document.documentElement;"
                  + " return {width: root.scrollWidth, screens: root.scrollHeight / innerHeight,"
                  + " rows: rows.length, tallest: rows.length ? rows[rows.length - 1] : 0,"
                  + " median: rows.length ? rows[Math.floor(rows.length / 2)] : 0,"
                  + " heading: heads.length ? heads[heads.length - 1] : 0, rules: rules.size}; })()");
      return new Layout(
          facts.get("width").asInt(),
          facts.get("screens").asDouble(),
          facts.get("rows").asInt(),
          facts.get("tallest").asDouble(),
          facts.get("median").asDouble(),
          facts.get("heading").asDouble(),
          facts.get("rules").asInt());
    }
  }

  /**
   * How long filtering takes, in ms, measured not asserted: the first text filter (whose search
   * text is worked out then, and which waits for typing to pause 150 ms), then a severity.
   */
  private static double[] filtering(BrowserPage page) throws Exception {
    double text =
        page.evaluate(
                "new Promise(done => { const shown = document.getElementById('shown');"
                    + " const input = document.getElementById('filter'); const t = performance.now();"
                    + " new MutationObserver(() => done(performance.now() - t)).observe(shown,"
                    + " {childList: true, characterData: true, subtree: true});"
                    + " input.value = 'kim'; input.dispatchEvent(new Event('input')); })")
            .asDouble();
    double severity =
        page.evaluate(
                "(() => { const select = document.getElementById('severity');"
                    + " const t = performance.now(); select.value = 'warning';"
                    + " select.dispatchEvent(new Event('change'));"
                    + " document.body.getBoundingClientRect(); return performance.now() - t; })()")
            .asDouble();
    return new double[] {text, severity};
  }

  private static void figures(
      Screen screen, double[] loaded, Layout first, Layout open, double[] filtering)
      throws IOException {
    String line =
        String.format(
            "%s: page %d px wide (collapsed) and %d px (every rule open), %.1f screens long"
                + " collapsed; %d rows drawn, tallest %.0f px, median %.0f px; opens %d findings in"
                + " %.0f ms and %d in %.0f ms; filters %d by text in %.0f ms (150 ms pause"
                + " included), then by severity in %.0f ms%n",
            screen.size(),
            first.pageWidth(),
            open.pageWidth(),
            first.screens(),
            open.rows(),
            open.tallestRow(),
            open.medianRow(),
            REAL,
            loaded[0],
            LARGE,
            loaded[1],
            LARGE,
            filtering[0],
            filtering[1]);
    System.out.print(line);
    Files.writeString(FIGURES, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  private static ReportContext first(ReportContext context, int findings) {
    CheckResult all = context.result();
    CheckResult result =
        CheckResult.of(
            all.findings().subList(0, findings), all.filesChecked(), all.entriesChecked());
    Set<Rule> rules = EnumSet.noneOf(Rule.class);
    result.findings().forEach(f -> rules.add(f.rule()));
    assertThat(rules)
        .as("rules among the first %d findings", findings)
        .hasSize(Rule.values().length);
    return new ReportContext(
        result,
        context.config(),
        context.toolVersion(),
        context.repositoryPrefix(),
        context.directory(),
        context.files(),
        context.violationSeverity(),
        context.baselined(),
        context.withBaseline(),
        context.options());
  }

  private static String url(ReportContext context, String name) throws IOException {
    return new HtmlReportWriter().write(context, site.resolve(name)).toUri().toString();
  }

  static int count(BrowserPage page, String selector) throws Exception {
    return page.evaluate("document.querySelectorAll(" + quote(selector) + ").length").asInt();
  }

  static String text(BrowserPage page, String selector) throws Exception {
    return page.evaluate("document.querySelector(" + quote(selector) + ").textContent").asText();
  }

  static String quote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
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
}
