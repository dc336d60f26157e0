package org.paperdigest.maven.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Severity;
import org.paperdigest.digest.ValidationConfig;

/**
 * What every report is written from: the findings, the configuration that produced them, the plugin
 * version, the prefix that turns a finding's path into a repository-relative one, the checked
 * directory and files (so reports can list clean files and quote source lines), the severity that
 * fails the build, when a baseline was used, the findings it accepts, and the reports' options.
 */
public record ReportContext(
    CheckResult result,
    ValidationConfig config,
    String toolVersion,
    String repositoryPrefix,
    Path directory,
    List<String> files,
    Severity violationSeverity,
    Set<Finding> baselined,
    boolean withBaseline,
    ReportOptions options) {

  public ReportContext {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(repositoryPrefix, "repositoryPrefix");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(violationSeverity, "violationSeverity");
    files = List.copyOf(files);
    baselined = Set.copyOf(baselined);
    Objects.requireNonNull(options, "options");
  }

  /** A finding's path relative to the repository root (the git work tree, if there is one). */
  public String repositoryPath(String path) {
    return repositoryPrefix + path;
  }

  public boolean isBaselined(Finding finding) {
    return baselined.contains(finding);
  }

  /** Whether the finding counts towards failing the build: new, and severe enough. */
  public boolean isViolation(Finding finding) {
    return !isBaselined(finding) && finding.severity().isAtLeast(violationSeverity);
  }
}
