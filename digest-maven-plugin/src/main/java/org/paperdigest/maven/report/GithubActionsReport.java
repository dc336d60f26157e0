package org.paperdigest.maven.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Severity;

/**
 * The {@code github} format, active only under GitHub Actions ({@code GITHUB_ACTIONS=true}): new
 * findings as workflow-command annotations on standard output, most severe first and at most {@link
 * #PER_SEVERITY} per severity (GitHub shows no more per step), and a Markdown summary appended to
 * {@code $GITHUB_STEP_SUMMARY}: counts by rule and the first findings, linked to their lines, kept
 * under GitHub's 1 MiB limit for a step summary.
 */
public final class GithubActionsReport {

  public static final int PER_SEVERITY = 10;
  static final int SUMMARY_LIMIT = 1024 * 1024;
  static final int MAX_ROWS = 500;
  private static final int RESERVE = 1024;

  private final Map<String, String> env;
  private final PrintStream out;

  /** A report for the environment {@code env} that prints its annotations on {@code out}. */
  public GithubActionsReport(Map<String, String> env, PrintStream out) {
    this.env = Map.copyOf(env);
    this.out = out;
  }

  /** Whether the environment is a GitHub Actions runner. */
  public boolean active() {
    return "true".equals(env.get("GITHUB_ACTIONS"));
  }

  /**
   * Prints the annotations and appends the step summary; returns the summary file when one was
   * written, and how many new findings had no annotation.
   */
  public Published publish(ReportContext context) throws IOException {
    List<Finding> fresh =
        context.result().findings().stream().filter(f -> !context.isBaselined(f)).toList();
    int annotated = 0;
    for (Severity severity : Severity.values()) {
      List<Finding> level = fresh.stream().filter(f -> f.severity() == severity).toList();
      for (Finding f : level.subList(0, Math.min(PER_SEVERITY, level.size()))) {
        out.println(annotation(context, f));
        annotated++;
      }
    }
    out.flush();
    Optional<Path> summary = Optional.empty();
    String target = env.get("GITHUB_STEP_SUMMARY");
    if (target != null && !target.isBlank()) {
      Path file = Path.of(target);
      long used = Files.exists(file) ? Files.size(file) : 0;
      byte[] text = summary(context, fresh, SUMMARY_LIMIT - used).getBytes(StandardCharsets.UTF_8);
      Files.write(file, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      summary = Optional.of(file);
    }
    return new Published(summary, fresh.size() - annotated);
  }

  /** What {@link #publish} did. */
  public record Published(Optional<Path> summary, int notAnnotated) {}

  /** {@code ::error file=…,line=…,col=…,title=…::message}, escaped as GitHub's runner expects. */
  static String annotation(ReportContext context, Finding f) {
    String command =
        switch (f.severity()) {
          case ERROR -> "error";
          case WARNING -> "warning";
          case INFO -> "notice";
        };
    return "::"
        + command
        + " file="
        + property(context.repositoryPath(f.path()))
        + ",line="
        + f.line()
        + ",col="
        + f.column()
        + ",title="
        + property(f.ruleId() + " " + f.ruleName())
        + "::"
        + data(f.message());
  }

  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }

  /** The Markdown summary, at most {@code budget} bytes of UTF-8 (rows are dropped to fit). */
  String summary(ReportContext context, List<Finding> fresh, long budget) {
    StringBuilder head = heading(context, fresh);
    if (!fresh.isEmpty()) {
      head.append(ruleTable(fresh));
      head.append("\n| Severity | Where | Rule | Message |\n| --- | --- | --- | --- |\n");
    }
    List<Finding> ordered =
        fresh.stream()
            .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding.ORDER))
            .toList();
    StringBuilder rows = new StringBuilder();
    long size = utf8Length(head) + RESERVE;
    int shown = 0;
    for (Finding f : ordered) {
      String row = row(context, f);
      long rowSize = utf8Length(row);
      if (shown == MAX_ROWS || size + rowSize > budget) {
        break;
      }
      rows.append(row);
      size += rowSize;
      shown++;
    }
    StringBuilder text = head.append(rows);
    if (shown < ordered.size()) {
      text.append("\n")
          .append(ordered.size() - shown)
          .append(" more findings are not listed here; every finding is in the reports.\n");
    }
    return text.append('\n').toString();
  }

  /** The title with the counts by severity, and what was checked, accepted and suppressed. */
  private static StringBuilder heading(ReportContext context, List<Finding> fresh) {
    CheckResult result = context.result();
    Map<Severity, Integer> counts = CheckResult.countsBySeverity(fresh);
    StringBuilder head = new StringBuilder("## Digest check: ");
    head.append(ConsoleReport.plural(counts.get(Severity.ERROR), "error"))
        .append(", ")
        .append(ConsoleReport.plural(counts.get(Severity.WARNING), "warning"))
        .append(", ")
        .append(ConsoleReport.plural(counts.get(Severity.INFO), "info"))
        .append("\n\nChecked ")
        .append(ConsoleReport.plural(result.filesChecked(), "file"))
        .append(" (")
        .append(ConsoleReport.plural(result.entriesChecked(), "entry"))
        .append(")");
    if (!context.baselined().isEmpty()) {
      head.append("; ").append(context.baselined().size()).append(" more accepted by the baseline");
    }
    if (result.suppressedCount() > 0) {
      head.append("; ").append(result.suppressedCount()).append(" suppressed by comments");
    }
    return head.append(".\n\n");
  }

  /** One row per rule: its id and name, its most severe finding's severity, how many. */
  private static String ruleTable(List<Finding> fresh) {
    StringBuilder table =
        new StringBuilder("| Rule | Severity | Findings |\n| --- | --- | ---: |\n");
    Map<String, List<Finding>> byRule = new TreeMap<>();
    fresh.forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
    byRule.forEach(
        (id, list) ->
            table
                .append("| ")
                .append(id)
                .append(' ')
                .append(list.get(0).ruleName())
                .append(" | ")
                .append(
                    list.stream()
                        .map(Finding::severity)
                        .reduce(Severity::max)
                        .orElseThrow()
                        .label())
                .append(" | ")
                .append(list.size())
                .append(" |\n"));
    return table.toString();
  }

  private String row(ReportContext context, Finding f) {
    String path = context.repositoryPath(f.path());
    String where = cell(path + ":" + f.line() + ":" + f.column());
    String server = env.getOrDefault("GITHUB_SERVER_URL", "https://github.com");
    String repository = env.get("GITHUB_REPOSITORY");
    String sha = env.get("GITHUB_SHA");
    if (repository != null && sha != null) {
      where =
          "["
              + where
              + "]("
              + server
              + "/"
              + repository
              + "/blob/"
              + sha
              + "/"
              + urlPath(path)
              + "#L"
              + f.line()
              + ")";
    }
    return "| "
        + f.severity().label()
        + " | "
        + where
        + " | "
        + f.ruleId()
        + " "
        + f.ruleName()
        + " | "
        + cell(f.message())
        + " |\n";
  }

  /**
   * Digest text inside a table cell: no line breaks, no pipe that would end the cell, and nothing
   * GitHub's Markdown would read as markup or HTML.
   */
  static String cell(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\r', '\n' -> out.append(' ');
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '|', '\\', '`', '*', '_', '[', ']', '~', '$' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String urlPath(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "/-._~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  private static long utf8Length(CharSequence text) {
    return text.toString().getBytes(StandardCharsets.UTF_8).length;
  }
}
