package org.paperdigest.maven.report;

import java.util.Objects;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.ValidationConfig;

/**
 * What every report is written from: the findings, the configuration that produced them, the plugin
 * version, and the prefix that turns a finding's path into a repository-relative one.
 */
public record ReportContext(
    CheckResult result, ValidationConfig config, String toolVersion, String repositoryPrefix) {

  public ReportContext {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(repositoryPrefix, "repositoryPrefix");
  }

  /** A finding's path relative to the repository root (the git work tree, if there is one). */
  public String repositoryPath(String path) {
    return repositoryPrefix + path;
  }
}
