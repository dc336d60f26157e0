package org.paperdigest.maven.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.FindingIdentity;

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
    ObjectNode root = AtomicFiles.JSON.createObjectNode();
    root.put("tool", "digest-maven-plugin");
    root.put("version", context.toolVersion());
    ObjectNode totals = root.putObject("totals");
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
    ArrayNode findings = root.putArray("findings");
    List<String> fingerprints = FindingIdentity.uniqueFingerprints(result.findings());
    for (int i = 0; i < result.findings().size(); i++) {
      Finding f = result.findings().get(i);
      ObjectNode node = findings.addObject();
      node.put("ruleId", f.ruleId());
      node.put("ruleName", f.ruleName());
      node.put("severity", f.severity().label());
      node.put("path", f.path());
      node.put("line", f.line());
      node.put("column", f.column());
      node.put("message", f.message());
      node.put("fingerprint", fingerprints.get(i));
      node.put("baselined", context.isBaselined(f));
    }
    return AtomicFiles.writeJson(outputDirectory.resolve("digest.json"), root);
  }
}
