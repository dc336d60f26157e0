package org.paperdigest.maven.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.paperdigest.digest.Finding;

/**
 * {@code digest-junit.xml}: JUnit XML as Jenkins, GitLab and GitHub test-report actions read it.
 * One test case per checked file; each finding that fails the build (new, at or above {@code
 * violationSeverity}) is a {@code <failure>}, and the other findings are listed in the case's
 * {@code system-out}, so the test view shows exactly what the gate counts.
 */
public final class JunitReportWriter implements ReportWriter {

  static final String FILE_NAME = "digest-junit.xml";
  private static final String SUITE = "digest";

  @Override
  public String format() {
    return "junit";
  }

  @Override
  public Path write(ReportContext context, Path outputDirectory) throws IOException {
    Map<String, List<Finding>> files = CheckstyleReportWriter.byFile(context);
    long failing =
        files.values().stream().filter(fs -> fs.stream().anyMatch(context::isViolation)).count();
    XmlDocument xml =
        new XmlDocument()
            .start("testsuites")
            .attribute("name", SUITE)
            .attribute("tests", files.size())
            .attribute("failures", failing)
            .attribute("errors", 0)
            .start("testsuite")
            .attribute("name", SUITE)
            .attribute("tests", files.size())
            .attribute("failures", failing)
            .attribute("errors", 0)
            .attribute("skipped", 0);
    for (Map.Entry<String, List<Finding>> file : files.entrySet()) {
      String path = context.repositoryPath(file.getKey());
      List<Finding> findings = file.getValue();
      if (findings.isEmpty()) {
        xml.empty("testcase").attribute("name", path).attribute("classname", classname(path));
        continue;
      }
      xml.start("testcase").attribute("name", path).attribute("classname", classname(path));
      StringBuilder out = new StringBuilder();
      for (Finding f : findings) {
        String line =
            context.repositoryPath(f.path())
                + f.toString().substring(f.path().length())
                + (context.isBaselined(f) ? " [baselined]" : "");
        if (context.isViolation(f)) {
          xml.start("failure")
              .attribute("type", f.ruleId() + " " + f.ruleName())
              .attribute("message", f.line() + ":" + f.column() + " " + f.message())
              .textAndEnd(line);
        } else {
          out.append(line).append('\n');
        }
      }
      if (!out.isEmpty()) {
        xml.start("system-out").textAndEnd(out.toString());
      }
      xml.end();
    }
    return xml.end().end().writeTo(outputDirectory.resolve(FILE_NAME));
  }

  /** The file's folder as a dotted class name, so test UIs group a repository's files by month. */
  private static String classname(String path) {
    int slash = path.lastIndexOf('/');
    String folder = slash < 0 ? "" : path.substring(0, slash);
    return folder.isEmpty() ? SUITE : SUITE + "." + folder.replace('/', '.');
  }
}
