package org.paperdigest.maven.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Severity;
import org.paperdigest.maven.report.SvgCharts.Bar;

/**
 * The content of the HTML report, shared by the self-contained page ({@link HtmlReportWriter}) and
 * the Maven site report: totals, a chart of findings per rule, a chart of findings per month of
 * digest date, and the findings, grouped by rule and file. The findings are embedded once as JSON
 * ({@link ReportData}); the page's script draws from it only what is on screen (groups start
 * collapsed, rows come a page at a time), so a report of tens of thousands opens at once. The
 * totals and charts need no script. Every piece of digest text is escaped.
 */
public final class HtmlReport {

  /** The stylesheet, scoped to {@code .digest-report}. */
  public static final String STYLE = resource("report.css");

  /**
   * The script that draws, filters and groups the findings; the filter state lives in the URL's
   * fragment. One script in three files, each a part of one function's body, so nothing leaks into
   * the page's global scope.
   */
  public static final String SCRIPT =
      "(function () {\n\"use strict\";\n"
          + resource("report-model.js")
          + resource("report-view.js")
          + resource("report.js")
          + "})();\n";

  private static final Pattern DATED_PATH =
      Pattern.compile("(?:^|/)(\\d{4})(?:/|-)(\\d{2})(?:/|-)\\d{2}\\.md$");
  private static final String UNDATED = "undated";
  private static final int MAX_MONTH_GAP = 120;

  private HtmlReport() {}

  /** The report as one {@code <div class="digest-report">}, without style or script. */
  public static String body(ReportContext context) {
    StringBuilder all = new StringBuilder();
    body(context, all::append);
    return all.toString();
  }

  /**
   * The report as one {@code <div class="digest-report">}, handed to {@code out} in pieces, so a
   * report of many findings is never held whole in memory.
   */
  public static void body(ReportContext context, Consumer<String> out) {
    CheckResult result = context.result();
    List<Finding> findings = result.findings();
    Map<Severity, Integer> counts = CheckResult.countsBySeverity(findings);
    StringBuilder html = new StringBuilder("<div class=\"digest-report\">\n");
    html.append("<h1>Digest report</h1>\n<p class=\"meta\">")
        .append(Html.escape("digest-maven-plugin " + context.toolVersion()))
        .append(" · ")
        .append(Html.count(result.filesChecked(), "file"))
        .append(" · ")
        .append(Html.count(result.entriesChecked(), "entry"))
        .append("</p>\n<section class=\"totals\">");
    tile(html, "all", findings.size(), "findings");
    tile(html, "error", counts.get(Severity.ERROR), "errors");
    tile(html, "warning", counts.get(Severity.WARNING), "warnings");
    tile(html, "info", counts.get(Severity.INFO), "infos");
    if (context.withBaseline()) {
      tile(html, "baselined", context.baselined().size(), "baselined");
    }
    tile(html, "suppressed", result.suppressedCount(), "suppressed");
    html.append("</section>\n");
    if (findings.isEmpty()) {
      out.accept(html.append("<p class=\"empty\">No findings.</p>\n</div>\n").toString());
      return;
    }
    List<Bar> rules = perRule(findings);
    List<Bar> months = perMonth(findings);
    html.append("<section>\n<h2>Findings per rule</h2>\n")
        .append(SvgCharts.bars("chart-rules", "Findings per rule", "rule", rules))
        .append("\n</section>\n<section>\n<h2>Findings per month of digest date</h2>\n")
        .append("<div class=\"chart-scroll\">")
        .append(SvgCharts.columns("chart-months", "Findings per month", "month", months))
        .append("</div>\n</section>\n");
    FindingsControls.append(html, findings.size(), rules, months);
    out.accept(html.toString());
    ReportData.write(context, out);
    out.accept("</section>\n</div>\n");
  }

  private static void tile(StringBuilder html, String kind, int count, String label) {
    html.append("<div class=\"tile ")
        .append(kind)
        .append("\"><b>")
        .append(Html.count(count))
        .append("</b>")
        .append(label)
        .append("</div>");
  }

  static List<Bar> perRule(List<Finding> findings) {
    Map<String, List<Finding>> byRule = new TreeMap<>();
    findings.forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
    List<Bar> bars = new ArrayList<>();
    byRule.forEach(
        (id, list) -> {
          Finding first = list.get(0);
          Severity worst = list.stream().map(Finding::severity).reduce(Severity::max).orElseThrow();
          bars.add(new Bar(id, id + " " + first.ruleName(), list.size(), worst.label()));
        });
    return bars;
  }

  /** The {@code YYYY-MM} of a digest's path ({@code YYYY/MM/DD.md}), or {@code undated}. */
  static String month(String path) {
    Matcher m = DATED_PATH.matcher(path);
    return m.find() ? m.group(1) + "-" + m.group(2) : UNDATED;
  }

  /** Findings per {@code YYYY-MM} of the digest's path, gaps filled; undated files last. */
  static List<Bar> perMonth(List<Finding> findings) {
    TreeMap<String, Integer> months = new TreeMap<>();
    int undated = 0;
    for (Finding f : findings) {
      String month = month(f.path());
      if (month.equals(UNDATED)) {
        undated++;
      } else {
        months.merge(month, 1, Integer::sum);
      }
    }
    List<Bar> bars = new ArrayList<>();
    if (!months.isEmpty()) {
      int from = monthIndex(months.firstKey());
      int to = monthIndex(months.lastKey());
      if (to - from <= MAX_MONTH_GAP) {
        for (int i = from; i <= to; i++) {
          String month = String.format("%04d-%02d", i / 12, i % 12 + 1);
          bars.add(new Bar(month, month, months.getOrDefault(month, 0), "all"));
        }
      } else {
        months.forEach((month, count) -> bars.add(new Bar(month, month, count, "all")));
      }
    }
    if (undated > 0) {
      bars.add(new Bar(UNDATED, UNDATED, undated, "all"));
    }
    return bars;
  }

  private static int monthIndex(String month) {
    return Integer.parseInt(month.substring(0, 4)) * 12 + Integer.parseInt(month.substring(5)) - 1;
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
