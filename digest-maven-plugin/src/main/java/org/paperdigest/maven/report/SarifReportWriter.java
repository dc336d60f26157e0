package org.paperdigest.maven.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.FindingIdentity;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.Severity;
import org.paperdigest.maven.output.AtomicFiles;
import org.paperdigest.maven.output.AtomicFiles.Durability;

/**
 * {@code digest.sarif}: SARIF 2.1.0 as GitHub code scanning takes it. Every rule of the catalogue
 * with its description, help (ending with a link to the rule's page, which GitHub shows; {@code
 * helpUri} too) and configured level; every finding with a repository-relative URI and a region in
 * UTF-16 columns. Written on one line, and as one run named by its category ({@code
 * automationDetails.id}), which GitHub keeps apart from other tools' runs. A run holds at most
 * {@link ReportOptions#sarifMaxResults()} results, the most severe; the run's properties say how
 * many were left out.
 */
public final class SarifReportWriter implements ReportWriter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/paperdigest/digest-toolkit";

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public Path write(ReportContext context, Path outputDirectory) throws IOException {
    Map<Rule, Integer> index = new EnumMap<>(Rule.class);
    List<Finding> all = context.result().findings();
    List<String> fingerprints =
        FindingIdentity.uniqueFingerprints(all, context.result()::fingerprint);
    boolean[] kept = kept(all, context.options().sarifMaxResults());
    int omitted = omitted(all.size(), context.options());
    return AtomicFiles.writeCompactJson(
        outputDirectory.resolve("digest.sarif"),
        json -> {
          json.writeStartObject();
          json.writeStringField("$schema", SCHEMA);
          json.writeStringField("version", "2.1.0");
          json.writeArrayFieldStart("runs");
          json.writeStartObject();
          writeTool(json, context, index);
          json.writeObjectFieldStart("automationDetails");
          json.writeStringField("id", context.options().sarifCategory() + "/");
          json.writeEndObject();
          json.writeStringField("columnKind", "utf16CodeUnits");
          json.writeArrayFieldStart("results");
          for (int i = 0; i < all.size(); i++) {
            if (kept[i]) {
              writeResult(json, context, all.get(i), index, fingerprints.get(i));
            }
          }
          json.writeEndArray();
          json.writeObjectFieldStart("properties");
          json.writeNumberField("findings", all.size());
          json.writeNumberField("omittedResults", omitted);
          json.writeEndObject();
          json.writeEndObject();
          json.writeEndArray();
          json.writeEndObject();
        },
        Durability.BUILD_OUTPUT);
  }

  /** How many findings a run with these options leaves out: those past its most results. */
  public static int omitted(int findings, ReportOptions options) {
    return Math.max(0, findings - options.sarifMaxResults());
  }

  /**
   * Which of {@code findings} (in report order) a run of at most {@code max} results keeps: the
   * most severe, and among findings of one severity the first in report order.
   */
  private static boolean[] kept(List<Finding> findings, int max) {
    boolean[] kept = new boolean[findings.size()];
    int left = max;
    for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
      for (int i = 0; i < findings.size() && left > 0; i++) {
        if (findings.get(i).severity() == severity) {
          kept[i] = true;
          left--;
        }
      }
    }
    return kept;
  }

  /** The tool and every rule of the catalogue, numbered into {@code index} for the results. */
  private static void writeTool(JsonGenerator json, ReportContext context, Map<Rule, Integer> index)
      throws IOException {
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", "digest-maven-plugin");
    json.writeStringField("version", context.toolVersion());
    json.writeStringField("semanticVersion", context.toolVersion().replace("-SNAPSHOT", ""));
    json.writeStringField("informationUri", INFORMATION_URI);
    json.writeArrayFieldStart("rules");
    for (Rule rule : Rule.values()) {
      index.put(rule, index.size());
      json.writeStartObject();
      json.writeStringField("id", rule.id());
      json.writeStringField("name", rule.ruleName());
      json.writeObjectFieldStart("shortDescription");
      json.writeStringField("text", rule.ruleName() + ": " + firstSentence(rule));
      json.writeEndObject();
      json.writeObjectFieldStart("fullDescription");
      json.writeStringField("text", rule.description());
      json.writeEndObject();
      String page = context.options().ruleDocs(rule.id());
      json.writeStringField("helpUri", page);
      json.writeObjectFieldStart("help");
      json.writeStringField(
          "text", rule.description() + " Example: " + rule.example() + " More: " + page);
      json.writeStringField(
          "markdown",
          "**"
              + rule.id()
              + " "
              + rule.ruleName()
              + "**: "
              + rule.description()
              + "\n\nExample (the failing example of the rule's page):\n\n```markdown\n"
              + rule.example()
              + "\n```\n\n[What the rule finds, an example and how to fix it]("
              + page
              + ")");
      json.writeEndObject();
      json.writeObjectFieldStart("defaultConfiguration");
      json.writeBooleanField("enabled", context.config().isEnabled(rule));
      json.writeStringField(
          "level", sarifLevel(context.config().severityOf(rule).orElse(rule.defaultSeverity())));
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  /** One result, written straight to the generator: a large run has tens of thousands. */
  private static void writeResult(
      JsonGenerator json,
      ReportContext context,
      Finding f,
      Map<Rule, Integer> index,
      String fingerprint)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", f.ruleId());
    json.writeNumberField("ruleIndex", index.get(f.rule()));
    json.writeStringField("level", sarifLevel(f.severity()));
    json.writeObjectFieldStart("message");
    json.writeStringField("text", f.message());
    json.writeEndObject();
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", context.repositoryPath(f.path()));
    json.writeEndObject();
    json.writeObjectFieldStart("region");
    json.writeNumberField("startLine", f.line());
    json.writeNumberField("startColumn", f.column());
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeObjectFieldStart("partialFingerprints");
    json.writeStringField("digestFinding/v1", fingerprint);
    json.writeEndObject();
    if (context.withBaseline()) {
      json.writeStringField("baselineState", context.isBaselined(f) ? "unchanged" : "new");
    }
    json.writeEndObject();
  }

  /** SARIF's name for a severity. */
  static String sarifLevel(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static String firstSentence(Rule rule) {
    String text = rule.description();
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }
}
