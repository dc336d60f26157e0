package org.paperdigest.maven.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.paperdigest.digest.Finding;

/**
 * {@code digest-checkstyle.xml}: Checkstyle's XML result format, which reviewdog, Jenkins
 * warnings-ng and most code review bots read. One {@code <file>} per checked file (empty when
 * clean), one {@code <error>} per finding with its rule id as {@code source}. Paths are
 * repository-relative, like SARIF's.
 */
public final class CheckstyleReportWriter implements ReportWriter {

  static final String FILE_NAME = "digest-checkstyle.xml";

  @Override
  public String format() {
    return "checkstyle";
  }

  @Override
  public Path write(ReportContext context, Path outputDirectory) throws IOException {
    XmlDocument xml =
        new XmlDocument()
            .start("checkstyle")
            .attribute("version", "digest-maven-plugin " + context.toolVersion());
    for (Map.Entry<String, List<Finding>> file : byFile(context).entrySet()) {
      List<Finding> findings = file.getValue();
      if (findings.isEmpty()) {
        xml.empty("file").attribute("name", context.repositoryPath(file.getKey()));
        continue;
      }
      xml.start("file").attribute("name", context.repositoryPath(file.getKey()));
      for (Finding f : findings) {
        xml.empty("error")
            .attribute("line", f.line())
            .attribute("column", f.column())
            .attribute("severity", f.severity().label())
            .attribute("message", f.ruleName() + ": " + f.message())
            .attribute("source", f.ruleId());
      }
      xml.end();
    }
    return xml.end().writeTo(outputDirectory.resolve(FILE_NAME));
  }

  /** Every checked file, and every file a finding names, in path order with its findings. */
  static Map<String, List<Finding>> byFile(ReportContext context) {
    Map<String, List<Finding>> files = new TreeMap<>();
    context.files().forEach(path -> files.put(path, new ArrayList<>()));
    for (Finding f : context.result().findings()) {
      files.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f);
    }
    return files;
  }
}
