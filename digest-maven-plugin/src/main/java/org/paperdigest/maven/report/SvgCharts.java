package org.paperdigest.maven.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Bar charts drawn on the server with inline SVG, so the page needs no script or network to show
 * them. Colours come from the bar's class, so a page can restyle them; lengths are SVG attributes,
 * which the report's Content-Security-Policy allows where it would block a {@code style} attribute.
 * Every bar is a link to the findings it counts ({@code #rule=DG110}, {@code #month=2024-01}), so
 * it can be reached and followed from the keyboard; the page's script filters the findings by it.
 */
final class SvgCharts {

  /**
   * One bar: the filter value it links to, its label, its value and a class naming its colour (a
   * severity, or {@code all}).
   */
  record Bar(String key, String label, int value, String kind) {}

  private static final int HEIGHT = 160;
  private static final int WIDEST_COLUMN = 34;
  private static final int NARROWEST_COLUMN = 8;
  private static final int ROOM = 1100;
  private static final int LEFT = 40;
  private static final int ROOMY_COLUMN = 26;
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private SvgCharts() {}

  /**
   * One row per item, a label, a bar scaled to the longest and the value: an HTML list, so labels
   * stay legible and rows stack on a narrow screen, each bar an SVG of its own.
   */
  static String bars(String id, String title, String filter, List<Bar> bars) {
    int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
    StringBuilder html = new StringBuilder("<ul id=\"").append(id);
    html.append("\" class=\"bars\" aria-label=\"").append(Html.escape(title)).append("\">");
    for (Bar bar : bars) {
      int length = Math.max(4, (int) Math.round(1000.0 * bar.value() / max));
      link(html.append("<li>"), filter, bar)
          .append("<span class=\"label\"><span class=\"icon\" aria-hidden=\"true\"></span>")
          .append(Html.escape(bar.label()))
          .append("</span><svg class=\"track\" viewBox=\"0 0 1000 10\"")
          .append(" preserveAspectRatio=\"none\" aria-hidden=\"true\"><rect width=\"")
          .append(length)
          .append("\" height=\"10\"/></svg><span class=\"value\">")
          .append(Html.count(bar.value()))
          .append("</span></a></li>");
    }
    return html.append("</ul>").toString();
  }

  /**
   * One column per item, in order (months), values above them when they fit, labels below: every
   * one when they fit, else the first and each January's year. Columns narrow as months add up, so
   * ten years still fit a laptop's screen.
   */
  static String columns(String id, String title, String filter, List<Bar> bars) {
    int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
    int column =
        Math.max(NARROWEST_COLUMN, Math.min(WIDEST_COLUMN, ROOM / Math.max(1, bars.size())));
    int width = LEFT + 20 + bars.size() * column;
    StringBuilder svg = open(id, title, width, HEIGHT + 70);
    svg.append("<line class=\"axis\" x1=\"")
        .append(LEFT)
        .append("\" y1=\"")
        .append(HEIGHT + 20)
        .append("\" x2=\"")
        .append(width - 10)
        .append("\" y2=\"")
        .append(HEIGHT + 20)
        .append("\"/>");
    for (int i = 0; i < bars.size(); i++) {
      column(svg, filter, bars.get(i), i, column, max);
    }
    return svg.append("</svg>").toString();
  }

  private static void column(
      StringBuilder svg, String filter, Bar bar, int i, int column, int max) {
    boolean roomy = column >= ROOMY_COLUMN;
    int x = LEFT + 10 + i * column;
    int length = bar.value() == 0 ? 0 : Math.max(2, bar.value() * HEIGHT / max);
    int top = HEIGHT + 20 - length;
    int middle = x + (column - column / 4) / 2;
    // A transparent column of the full height takes the clicks, so a short bar is easy to hit.
    link(svg, filter, bar)
        .append("<title>")
        .append(Html.escape(bar.label() + ": " + Html.count(bar.value())))
        .append("</title><rect class=\"hit\" x=\"")
        .append(x - column / 8)
        .append("\" y=\"10\" width=\"")
        .append(column)
        .append("\" height=\"")
        .append(HEIGHT + 10)
        .append("\"/><rect x=\"")
        .append(x)
        .append("\" y=\"")
        .append(top)
        .append("\" width=\"")
        .append(column - column / 4)
        .append("\" height=\"")
        .append(length)
        .append("\"/>");
    if (roomy) {
      text(
          svg,
          "value",
          "translate(" + middle + " " + (top - 4) + ")",
          "middle",
          Html.count(bar.value()));
    }
    String label = axisLabel(bar, i, roomy);
    if (label != null) {
      String at = "translate(" + middle + " " + (HEIGHT + 34) + ") rotate(-35)";
      text(svg, "label", at, "end", label);
    }
    svg.append("</a>");
  }

  /** The label under a column, or null where labels would overlap and this is no January. */
  private static String axisLabel(Bar bar, int i, boolean roomy) {
    if (roomy || i == 0 || !MONTH.matcher(bar.label()).matches()) {
      return bar.label();
    }
    return bar.label().endsWith("-01") ? bar.label().substring(0, 4) : null;
  }

  /** Opens the link of {@code bar}: to {@code #filter=key}, with the key for the script. */
  private static StringBuilder link(StringBuilder out, String filter, Bar bar) {
    String key = Html.escape(bar.key());
    return out.append("<a class=\"bar ")
        .append(Html.escape(bar.kind()))
        .append("\" href=\"#")
        .append(filter)
        .append('=')
        .append(key)
        .append("\" data-")
        .append(filter)
        .append("=\"")
        .append(key)
        .append("\">");
  }

  private static void text(
      StringBuilder svg, String kind, String transform, String anchor, String text) {
    svg.append("<text class=\"")
        .append(kind)
        .append("\" transform=\"")
        .append(transform)
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\">")
        .append(Html.escape(text))
        .append("</text>");
  }

  private static StringBuilder open(String id, String title, int width, int height) {
    return new StringBuilder()
        .append("<svg id=\"")
        .append(id)
        .append("\" class=\"chart columns\" role=\"group\"")
        .append(" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" aria-label=\"")
        .append(Html.escape(title))
        .append("\">");
  }
}
