package org.paperdigest.maven.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.FindingIdentity;
import org.paperdigest.maven.output.AtomicFiles;
import org.paperdigest.maven.output.AtomicFiles.Durability;
import org.paperdigest.maven.output.JsonTrees;

/**
 * {@code digest.json}: totals by severity and rule, then every finding in report order with a
 * fingerprint that stays the same when lines move and whether the baseline accepts it.
 */
public final class JsonReportWriter implements ReportWriter {

  @Override
  public String format() {
    return "json";
  }

  @Override
  public Path write(ReportContext context, Path outputDirectory) throws IOException {
    CheckResult result = context.result();
    ObjectNode totals = JsonTrees.MAPPER.createObjectNode();
    totals.put("files", result.filesChecked());
    totals.put("entries", result.entriesChecked());
    totals.put("findings", result.findings().size());
    totals.put("baselined", context.baselined().size());
    totals.put("suppressed", result.suppressedCount());
    result.countsBySeverity().forEach((severity, count) -> totals.put(severity.label(), count));
    Map<String, Integer> byRule = new TreeMap<>();
    result.findings().forEach(f -> byRule.merge(f.ruleId(), 1, Integer::sum));
    ObjectNode rules = totals.putObject("byRule");
    byRule.forEach(rules::put);
    List<String> fingerprints =
        FindingIdentity.uniqueFingerprints(result.findings(), result::fingerprint);
    return AtomicFiles.writeJsonWithTrees(
        outputDirectory.resolve("digest.json"),
        json -> {
          json.writeStartObject();
          json.writeStringField("tool", "digest-maven-plugin");
          json.writeStringField("version", context.toolVersion());
          json.writeFieldName("totals");
          json.writeTree(totals);
          json.writeArrayFieldStart("findings");
          for (int i = 0; i < result.findings().size(); i++) {
            Finding f = result.findings().get(i);
            json.writeStartObject();
            json.writeStringField("ruleId", f.ruleId());
            json.writeStringField("ruleName", f.ruleName());
            json.writeStringField("severity", f.severity().label());
            json.writeStringField("path", f.path());
            json.writeNumberField("line", f.line());
            json.writeNumberField("column", f.column());
            json.writeStringField("message", f.message());
            json.writeStringField("fingerprint", fingerprints.get(i));
            json.writeBooleanField("baselined", context.isBaselined(f));
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
        },
        Durability.BUILD_OUTPUT);
  }
}
