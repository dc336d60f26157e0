package org.paperdigest.maven.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Rule;

/**
 * The findings as the HTML report's script reads them: one JSON document in a data block ({@code
 * <script type="application/json">}, which the page's Content-Security-Policy has no reason to
 * run), written once, from which the page draws only what is on screen. Compact, as it can hold
 * tens of thousands of findings: a finding is an array, rules and files are tables it points into,
 * and a source line is written once per file, with the first finding that quotes it.
 *
 * <pre>{@code
 * {"findings": [[rule, severity, file, line, column, message, source, start, end, baselined], ...],
 *  "files": [[path, month], ...],
 *  "rules": [{"id": ..., "name": ..., "about": ..., "page": ..., "fix": ...}, ...]}
 * }</pre>
 *
 * {@code rule} and {@code file} index their tables; {@code severity} is 0 (error), 1 (warning) or 2
 * (info); {@code source} is the quoted line (a string), the number of a line quoted before (the
 * n-th string among the sources, from 0), or null when the file cannot be quoted; {@code start} and
 * {@code end} are the marked span's UTF-16 offsets in it; {@code baselined} is 1 or 0. A file's
 * {@code month} is the {@code YYYY-MM} of its path, or {@code undated}; a rule's {@code fix} is the
 * command that repairs its findings, or null.
 */
final class ReportData {

  /** The id of the data block's element. */
  static final String ELEMENT_ID = "digest-data";

  private static final int CHUNK = 1 << 16;

  private ReportData() {}

  /** Writes the data block to {@code out}, in pieces of about {@value #CHUNK} characters. */
  static void write(ReportContext context, Consumer<String> out) {
    List<Finding> findings = context.result().findings();
    List<Rule> rules =
        findings.stream()
            .map(Finding::rule)
            .distinct()
            .sorted(Comparator.comparing(Rule::id))
            .toList();
    Rows rows = new Rows(context, rules, out);
    rows.json.append("<script type=\"application/json\" id=\"" + ELEMENT_ID + "\">");
    rows.json.append("{\"findings\":[");
    findings.forEach(rows::add);
    StringBuilder json = rows.json.append("\n],\"files\":[");
    for (int i = 0; i < rows.files.size(); i++) {
      json.append(i == 0 ? "[" : ",[");
      Html.appendJson(json, context.repositoryPath(rows.files.get(i))).append(',');
      Html.appendJson(json, HtmlReport.month(rows.files.get(i))).append(']');
    }
    json.append("],\"rules\":[");
    for (Rule rule : rules) {
      json.append(rule == rules.get(0) ? "{" : ",{");
      field(json, "id", rule.id()).append(',');
      field(json, "name", rule.ruleName()).append(',');
      field(json, "about", rule.description()).append(',');
      field(json, "page", context.options().ruleDocs(rule.id())).append(',');
      field(json, "fix", FixCommand.of(rule).orElse(null)).append('}');
    }
    out.accept(json.append("]}</script>\n").toString());
  }

  private static StringBuilder field(StringBuilder json, String name, String value) {
    json.append('"').append(name).append("\":");
    return value == null ? json.append("null") : Html.appendJson(json, value);
  }

  /** The findings array as it is written: what the rows written so far have put in the tables. */
  private static final class Rows {

    final StringBuilder json = new StringBuilder(CHUNK + 4096);
    final List<String> files = new ArrayList<>();
    private final ReportContext context;
    private final Map<Rule, Integer> rules = new HashMap<>();
    private final Consumer<String> out;
    private final SourceFiles sources;
    private final Map<String, Integer> fileIndex = new HashMap<>();
    // Lines already quoted in the current file, by text. Findings come in report order (by path),
    // so a file's come together: sharing lines within a file only keeps this map small.
    private final Map<String, Integer> quoted = new HashMap<>();
    private String quotedPath;
    private int texts;
    private int written;

    Rows(ReportContext context, List<Rule> rules, Consumer<String> out) {
      this.context = context;
      rules.forEach(rule -> this.rules.put(rule, this.rules.size()));
      this.out = out;
      this.sources = new SourceFiles(context.directory());
    }

    void add(Finding f) {
      Integer file = fileIndex.get(f.path());
      if (file == null) {
        file = files.size();
        fileIndex.put(f.path(), file);
        files.add(f.path());
      }
      if (!f.path().equals(quotedPath)) {
        quoted.clear();
        quotedPath = f.path();
      }
      // A finding a line: the golden report's diffs show which changed.
      json.append(written++ == 0 ? "\n[" : ",\n[")
          .append(rules.get(f.rule()))
          .append(',')
          .append(f.severity().ordinal())
          .append(',')
          .append(file)
          .append(',')
          .append(f.line())
          .append(',')
          .append(f.column())
          .append(',');
      Html.appendJson(json, f.message()).append(',');
      Optional<SourceExcerpt> excerpt =
          sources.line(f.path(), f.line()).map(line -> SourceExcerpt.of(line, f.column()));
      if (excerpt.isEmpty()) {
        json.append("null,0,0");
      } else {
        Integer before = quoted.get(excerpt.get().text());
        if (before == null) {
          quoted.put(excerpt.get().text(), texts++);
          Html.appendJson(json, excerpt.get().text());
        } else {
          json.append(before);
        }
        json.append(',').append(excerpt.get().start()).append(',').append(excerpt.get().end());
      }
      json.append(',').append(context.isBaselined(f) ? 1 : 0).append(']');
      if (json.length() > CHUNK) {
        out.accept(json.toString());
        json.setLength(0);
      }
    }
  }
}
