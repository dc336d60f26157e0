package org.paperdigest.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.paperdigest.maven.report.ReportOptions;
import org.paperdigest.maven.service.CheckSettings;
import org.paperdigest.maven.service.DigestRunException;
import org.paperdigest.maven.service.PluginInfo;

/**
 * The parameters every digest goal and the site report share: which files are read, which rules
 * apply, the baseline of accepted findings, and {@code skip}. One declaration, so the goals and the
 * report cannot drift apart.
 */
abstract class DigestFilesMojo extends AbstractMojo {

  /** The reports' options where a goal has no parameters for them. */
  static final ReportOptions DEFAULTS =
      new ReportOptions(PluginInfo.ruleDocsUrl(), "digest", ReportOptions.GITHUB_MAX_RESULTS);

  // Hibernate Validator announces its version at INFO through java.util.logging, which a build log
  // has no use for. The library leaves logging alone; the plugin, an application in Maven's JVM,
  // quiets that one logger. The reference keeps the logger, and its level, from being collected.
  private static final Logger VALIDATOR_VERSION_LOG =
      Logger.getLogger("org.hibernate.validator.internal.util.Version");

  static {
    VALIDATOR_VERSION_LOG.setLevel(Level.WARNING);
  }

  /** The folder whose digests are checked; finding paths are relative to it. */
  @Parameter(property = "digest.directory", defaultValue = "${project.basedir}")
  private File directory;

  /**
   * Ant-style patterns of the files to check, relative to {@code directory}; braces choose, as in
   * {@code paper_logs/{2023,2024}/**}. None (the default): the digests, every Markdown file of the
   * top-level folders that hold files named like digests ({@code YYYY/MM/DD.md}, {@code
   * YYYY-MM-DD.md}).
   */
  @Parameter(property = "digest.includes")
  private List<String> includes;

  /** Whether a run that finds no file to check fails, rather than passing with nothing checked. */
  @Parameter(property = "digest.failIfNoFiles", defaultValue = "true")
  private boolean failIfNoFiles;

  /** Ant-style patterns of the files to leave out; braces choose, as in {@code includes}. */
  @Parameter(
      property = "digest.excludes",
      defaultValue = "**/README.md,target/**,node_modules/**,.git/**")
  private List<String> excludes;

  /**
   * Per-rule severity or {@code off}, by id or name: {@code DG110=warning,truncated-authors=off}.
   */
  @Parameter(property = "digest.rules")
  private List<String> rules;

  /**
   * Regular expressions of accepted paper URLs (DG102); a named group {@code id} must be an arXiv
   * id.
   */
  @Parameter(property = "digest.acceptedPaperUrls")
  private List<String> acceptedPaperUrls;

  /**
   * The baseline of accepted findings; by default {@code digest-baseline.json} in the checked
   * folder, used when it exists. {@code check} fails only on findings it does not accept, {@code
   * fix} counts those it accepts apart, {@code report} marks them, and {@code baseline} writes it.
   * A baseline named here must exist, except for {@code baseline}, which writes it, and {@code
   * report}.
   */
  @Parameter(property = "digest.baselineFile")
  private File baselineFile;

  /** Skips every digest goal. */
  @Parameter(property = "digest.skip", defaultValue = "false")
  private boolean skip;

  File directory() {
    return directory;
  }

  List<String> includes() {
    return includes == null ? List.of() : CheckSettings.splitAll(includes);
  }

  boolean failIfNoFiles() {
    return failIfNoFiles;
  }

  List<String> excludes() {
    return excludes == null ? List.of() : CheckSettings.splitAll(excludes);
  }

  List<String> rules() {
    return rules;
  }

  List<String> acceptedPaperUrls() {
    return acceptedPaperUrls;
  }

  /** The baseline file named, or {@code null} for the default one. */
  Path baselineFile() {
    return baselineFile == null ? null : baselineFile.toPath();
  }

  /** {@code check} with these rules, built; a rule setting the run cannot use is said so. */
  CheckSettings checkSettings(CheckSettings.Builder check) throws DigestRunException {
    try {
      return check.rules(rules()).acceptedPaperUrls(acceptedPaperUrls()).build();
    } catch (IllegalArgumentException e) {
      throw DigestRunException.invalidConfiguration(e);
    }
  }

  boolean skip() {
    return skip;
  }
}
