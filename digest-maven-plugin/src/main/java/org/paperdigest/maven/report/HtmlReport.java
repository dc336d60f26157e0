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
 * digest date, and a table of findings, each with its source line and the offending span marked.
 * The table sorts and filters with a small inline script; everything else works without it. Every
 * piece of digest text is escaped.
 */
public final class HtmlReport {

  /** The stylesheet, scoped to {@code .digest-report}. */
  public static final String STYLE = resource("report.css");

  /** The table's sort and filter script; the filter state lives in the URL's fragment. */
  public static final String SCRIPT = resource("report.js");

  private static final Pattern DATED_PATH =
      Pattern.compile("(?:^|/)(\\d{4})(?:/|-)(\\d{2})(?:/|-)\\d{2}\\.md$");
  private static final int MAX_MONTH_GAP = 120;

  private HtmlReport() {}

  /** Text is handed out in pieces of about this many characters. */
  private static final int CHUNK = 1 << 16;

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
        .append(ConsoleReport.plural(result.filesChecked(), "file"))
        .append(" · ")
        .append(ConsoleReport.plural(result.entriesChecked(), "entry"))
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
    html.append("<section>\n<h2>Findings per rule</h2>\n")
        .append(SvgCharts.horizontal("chart-rules", "Findings per rule", rules))
        .append("\n</section>\n<section>\n<h2>Findings per month of digest date</h2>\n")
        .append(SvgCharts.columns("chart-months", "Findings per month", perMonth(findings)))
        .append("\n</section>\n");
    table(html, context, rules, out);
    out.accept(html.append("</div>\n").toString());
  }

  private static void tile(StringBuilder html, String kind, int count, String label) {
    html.append("<div class=\"tile ")
        .append(kind)
        .append("\"><b>")
        .append(count)
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
          bars.add(new Bar(id + " " + first.ruleName(), list.size(), worst.label()));
        });
    return bars;
  }

  /** Findings per {@code YYYY-MM} of the digest's path, gaps filled; undated files last. */
  static List<Bar> perMonth(List<Finding> findings) {
    Map<String, Integer> months = new TreeMap<>();
    int undated = 0;
    for (Finding f : findings) {
      Matcher m = DATED_PATH.matcher(f.path());
      if (m.find()) {
        months.merge(m.group(1) + "-" + m.group(2), 1, Integer::sum);
      } else {
        undated++;
      }
    }
    List<Bar> bars = new ArrayList<>();
    if (!months.isEmpty()) {
      String first = ((TreeMap<String, Integer>) months).firstKey();
      String last = ((TreeMap<String, Integer>) months).lastKey();
      int from = monthIndex(first);
      int to = monthIndex(last);
      if (to - from <= MAX_MONTH_GAP) {
        for (int i = from; i <= to; i++) {
          String month = String.format("%04d-%02d", i / 12, i % 12 + 1);
          bars.add(new Bar(month, months.getOrDefault(month, 0), "all"));
        }
      } else {
        months.forEach((month, count) -> bars.add(new Bar(month, count, "all")));
      }
    }
    if (undated > 0) {
      bars.add(new Bar("undated", undated, "all"));
    }
    return bars;
  }

  private static int monthIndex(String month) {
    return Integer.parseInt(month.substring(0, 4)) * 12 + Integer.parseInt(month.substring(5)) - 1;
  }

  private static void table(
      StringBuilder html, ReportContext context, List<Bar> rules, Consumer<String> out) {
    List<Finding> findings = context.result().findings();
    html.append("<section>\n<h2>Findings</h2>\n<div class=\"controls\">")
        .append("<input id=\"filter\" type=\"search\" placeholder=\"Filter findings\"")
        .append(" aria-label=\"Filter findings\">")
        .append("<select id=\"severity\" aria-label=\"Severity\"><option value=\"\">All severities")
        .append("</option>");
    for (Severity severity : Severity.values()) {
      html.append("<option value=\"")
          .append(severity.label())
          .append("\">")
          .append(severity.label())
          .append("</option>");
    }
    html.append("</select><select id=\"rule\" aria-label=\"Rule\"><option value=\"\">All rules")
        .append("</option>");
    for (Bar bar : rules) {
      String id = bar.label().substring(0, bar.label().indexOf(' '));
      html.append("<option value=\"")
          .append(id)
          .append("\">")
          .append(Html.escape(bar.label()))
          .append("</option>");
    }
    html.append("</select><span id=\"shown\">")
        .append(findings.size())
        .append(" of ")
        .append(findings.size())
        .append(" findings shown</span></div>\n")
        .append("<table id=\"findings\">\n<thead><tr><th data-type=\"number\">Severity</th>")
        .append("<th>Rule</th><th>Where</th><th>Message</th><th>Source</th></tr></thead>\n")
        .append("<tbody>\n");
    SourceFiles sources = new SourceFiles(context.directory());
    int index = 0;
    for (Finding f : findings) {
      String sev = f.severity().label();
      html.append("<tr data-severity=\"")
          .append(sev)
          .append("\" data-rule=\"")
          .append(f.ruleId())
          .append("\"><td data-sort=\"")
          .append(f.severity().ordinal())
          .append("\"><span class=\"sev ")
          .append(sev)
          .append("\">")
          .append(sev)
          .append("</span>")
          .append(context.isBaselined(f) ? "<span class=\"badge\">baselined</span>" : "")
          .append("</td><td class=\"rule\">")
          .append(f.ruleId())
          .append(' ')
          .append(f.ruleName())
          .append("</td><td class=\"where\" data-sort=\"")
          .append(String.format("%08d", index++))
          .append("\">")
          .append(Html.escape(context.repositoryPath(f.path())))
          .append(':')
          .append(f.line())
          .append(':')
          .append(f.column())
          .append("</td><td>")
          .append(Html.escape(f.message()))
          .append("</td><td class=\"source\">");
      sources
          .line(f.path(), f.line())
          .map(line -> SourceExcerpt.of(line, f.column()))
          .ifPresent(
              excerpt ->
                  html.append("<code>")
                      .append(Html.escape(excerpt.before()))
                      .append("<mark>")
                      .append(Html.escape(excerpt.span()))
                      .append("</mark>")
                      .append(Html.escape(excerpt.after()))
                      .append("</code>"));
      html.append("</td></tr>\n");
      if (html.length() > CHUNK) {
        out.accept(html.toString());
        html.setLength(0);
      }
    }
    html.append("</tbody>\n</table>\n</section>\n");
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
