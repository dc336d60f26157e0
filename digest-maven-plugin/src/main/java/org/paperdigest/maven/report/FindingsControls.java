package org.paperdigest.maven.report;

import java.util.List;
import org.paperdigest.digest.Severity;
import org.paperdigest.maven.report.SvgCharts.Bar;

/**
 * The head of the HTML report's findings section: a labelled control for each filter (text,
 * severity, rule, month), the choice of grouping, and where the page's script draws the groups. The
 * controls are plain form elements, so the keyboard reaches and works them as it does any.
 */
final class FindingsControls {

  private FindingsControls() {}

  /** Opens the findings section; {@link ReportData} and the section's end follow. */
  static void append(StringBuilder html, int findings, List<Bar> rules, List<Bar> months) {
    html.append("<section id=\"findings\" class=\"findings\">\n")
        .append("<h2 id=\"findings-title\" tabindex=\"-1\">Findings</h2>\n")
        .append("<div class=\"controls\" role=\"search\" aria-label=\"Filter the findings\">")
        .append("<label class=\"control text\"><span>Text</span><input id=\"filter\"")
        .append(" type=\"search\" placeholder=\"message, file or source\" autocomplete=\"off\">")
        .append("</label><label class=\"control\"><span>Severity</span><select id=\"severity\">")
        .append("<option value=\"\">All</option>");
    for (Severity severity : Severity.values()) {
      option(html, severity.label(), severity.label());
    }
    html.append("</select></label><label class=\"control\"><span>Rule</span>")
        .append("<select id=\"rule\"><option value=\"\">All rules</option>");
    for (Bar bar : rules) {
      option(html, bar.key(), bar.label() + " (" + Html.count(bar.value()) + ")");
    }
    html.append("</select></label><label class=\"control\"><span>Month</span>")
        .append("<select id=\"month\"><option value=\"\">All months</option>");
    for (Bar bar : months) {
      if (bar.value() > 0) {
        option(html, bar.key(), bar.label() + " (" + Html.count(bar.value()) + ")");
      }
    }
    html.append("</select></label><fieldset class=\"control group-by\"><legend>Group by</legend>")
        .append("<label><input type=\"radio\" name=\"digest-group\" value=\"rule\" checked>")
        .append(" rule</label><label><input type=\"radio\" name=\"digest-group\" value=\"file\">")
        .append(" file</label></fieldset>")
        .append("<button type=\"button\" id=\"clear\" class=\"control\">Clear filters</button>")
        .append("</div>\n<p id=\"shown\" class=\"shown\" role=\"status\">")
        .append(Html.count(findings, "finding"))
        .append("</p>\n<div id=\"groups\" class=\"groups\"></div>\n")
        .append("<noscript><p class=\"empty\">The findings are listed by the page's script,")
        .append(" which is off here; the totals and charts above need none.</p></noscript>\n");
  }

  private static void option(StringBuilder html, String value, String label) {
    html.append("<option value=\"")
        .append(Html.escape(value))
        .append("\">")
        .append(Html.escape(label))
        .append("</option>");
  }
}
