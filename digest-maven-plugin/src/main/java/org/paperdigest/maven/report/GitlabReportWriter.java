package org.paperdigest.maven.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.FindingIdentity;
import org.paperdigest.digest.Severity;
import org.paperdigest.maven.output.AtomicFiles;
import org.paperdigest.maven.output.AtomicFiles.Durability;
import org.paperdigest.maven.output.JsonTrees;

/**
 * {@code digest-gitlab.json}: GitLab Code Quality (a Code Climate subset), for {@code
 * artifacts:reports:codequality}. The fingerprint is the baseline's identity, numbered apart when
 * one file holds the same problem twice, so it is unique per finding and stays the same when lines
 * move: GitLab uses it to tell new findings from fixed ones in a merge request.
 */
public final class GitlabReportWriter implements ReportWriter {

  static final String FILE_NAME = "digest-gitlab.json";

  @Override
  public String format() {
    return "gitlab";
  }

  @Override
  public Path write(ReportContext context, Path outputDirectory) throws IOException {
    List<Finding> findings = context.result().findings();
    List<String> fingerprints =
        FindingIdentity.uniqueFingerprints(findings, context.result()::fingerprint);
    return AtomicFiles.writeJsonWithTrees(
        outputDirectory.resolve(FILE_NAME),
        json -> {
          json.writeStartArray();
          for (int i = 0; i < findings.size(); i++) {
            json.writeTree(issue(context, findings.get(i), fingerprints.get(i)));
          }
          json.writeEndArray();
        },
        Durability.BUILD_OUTPUT);
  }

  private static ObjectNode issue(ReportContext context, Finding f, String fingerprint) {
    ObjectNode issue = JsonTrees.MAPPER.createObjectNode();
    issue.put("type", "issue");
    issue.put("check_name", f.ruleId() + " " + f.ruleName());
    issue.put("description", f.ruleId() + " " + f.ruleName() + ": " + f.message());
    issue.putArray("categories").add("Style");
    issue.put("severity", gitlabSeverity(f.severity()));
    issue.put("fingerprint", fingerprint);
    ObjectNode begin =
        issue
            .putObject("location")
            .put("path", context.repositoryPath(f.path()))
            .putObject("positions")
            .putObject("begin");
    begin.put("line", f.line()).put("column", f.column());
    return issue;
  }

  /** GitLab's scale is info, minor, major, critical, blocker; an error fails the build: major. */
  static String gitlabSeverity(Severity severity) {
    return switch (severity) {
      case ERROR -> "major";
      case WARNING -> "minor";
      case INFO -> "info";
    };
  }
}
