package org.paperdigest.maven.report;

import java.util.Objects;
import java.util.Set;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.ValidationConfig;

/**
 * What every report is written from: the findings, the configuration that produced them, the plugin
 * version, the prefix that turns a finding's path into a repository-relative one, and, when a
 * baseline was used, the findings it accepts.
 */
public record ReportContext(
    CheckResult result,
    ValidationConfig config,
    String toolVersion,
    String repositoryPrefix,
    Set<Finding> baselined,
    boolean withBaseline) {

  public ReportContext {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(repositoryPrefix, "repositoryPrefix");
    baselined = Set.copyOf(baselined);
  }

  /** A context without a baseline. */
  public ReportContext(
      CheckResult result, ValidationConfig config, String toolVersion, String repositoryPrefix) {
    this(result, config, toolVersion, repositoryPrefix, Set.of(), false);
  }

  /** A finding's path relative to the repository root (the git work tree, if there is one). */
  public String repositoryPath(String path) {
    return repositoryPrefix + path;
  }

  public boolean isBaselined(Finding finding) {
    return baselined.contains(finding);
  }
}
