package org.paperdigest.maven.report;

import java.util.List;

/**
 * Inline SVG bar charts, drawn on the server so the page needs no script or network to show them.
 * Colours come from the bar's class, so a page can restyle them.
 */
final class SvgCharts {

  /** One bar: its label, its value and a class naming its colour (a severity). */
  record Bar(String label, int value, String kind) {}

  private static final int ROW = 24;
  private static final int LABEL = 260;
  private static final int WIDTH = 720;
  private static final int COLUMN = 34;
  private static final int HEIGHT = 180;

  private SvgCharts() {}

  /** One horizontal bar per item, longest scaled to the chart width, the value at its end. */
  static String horizontal(String id, String title, List<Bar> bars) {
    int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
    int height = Math.max(ROW, bars.size() * ROW) + 8;
    int room = WIDTH - LABEL - 60;
    StringBuilder svg = open(id, title, WIDTH, height);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = 4 + i * ROW;
      int length = Math.max(2, (int) Math.round((double) bar.value() * room / max));
      svg.append("<g class=\"bar ")
          .append(Html.escape(bar.kind()))
          .append("\"><title>")
          .append(Html.escape(bar.label() + ": " + bar.value()))
          .append("</title><text class=\"label\" x=\"")
          .append(LABEL - 8)
          .append("\" y=\"")
          .append(y + 16)
          .append("\" text-anchor=\"end\">")
          .append(Html.escape(bar.label()))
          .append("</text><rect x=\"")
          .append(LABEL)
          .append("\" y=\"")
          .append(y + 3)
          .append("\" width=\"")
          .append(length)
          .append("\" height=\"")
          .append(ROW - 6)
          .append("\"/><text class=\"value\" x=\"")
          .append(LABEL + length + 6)
          .append("\" y=\"")
          .append(y + 16)
          .append("\">")
          .append(bar.value())
          .append("</text></g>");
    }
    return svg.append("</svg>").toString();
  }

  /** One vertical column per item, in order (months), labels below, values above. */
  static String columns(String id, String title, List<Bar> bars) {
    int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
    int width = Math.max(WIDTH, 80 + bars.size() * COLUMN);
    StringBuilder svg = open(id, title, width, HEIGHT + 80);
    svg.append("<line class=\"axis\" x1=\"50\" y1=\"")
        .append(HEIGHT + 20)
        .append("\" x2=\"")
        .append(width - 10)
        .append("\" y2=\"")
        .append(HEIGHT + 20)
        .append("\"/>");
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int x = 60 + i * COLUMN;
      int length = bar.value() == 0 ? 0 : Math.max(2, bar.value() * HEIGHT / max);
      int top = HEIGHT + 20 - length;
      svg.append("<g class=\"bar ")
          .append(Html.escape(bar.kind()))
          .append("\"><title>")
          .append(Html.escape(bar.label() + ": " + bar.value()))
          .append("</title><rect x=\"")
          .append(x)
          .append("\" y=\"")
          .append(top)
          .append("\" width=\"")
          .append(COLUMN - 8)
          .append("\" height=\"")
          .append(length)
          .append("\"/><text class=\"value\" x=\"")
          .append(x + (COLUMN - 8) / 2)
          .append("\" y=\"")
          .append(top - 4)
          .append("\" text-anchor=\"middle\">")
          .append(bar.value())
          .append("</text><text class=\"label\" transform=\"translate(")
          .append(x + (COLUMN - 8) / 2)
          .append(' ')
          .append(HEIGHT + 34)
          .append(") rotate(-35)\" text-anchor=\"end\">")
          .append(Html.escape(bar.label()))
          .append("</text></g>");
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String id, String title, int width, int height) {
    return new StringBuilder()
        .append("<svg id=\"")
        .append(id)
        .append("\" class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
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
