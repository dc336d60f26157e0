package org.paperdigest.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.maven.internal.CheckRun;
import org.paperdigest.maven.internal.CheckSettings;
import org.paperdigest.maven.report.ConsoleReport;

/**
 * Checks the digest files of a content repository against the rule catalogue, prints the findings,
 * writes the reports, and fails the build when there are more findings at or above {@code
 * violationSeverity} than {@code maxAllowedViolations}. Runs without a POM too, on the current
 * directory.
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VERIFY,
    threadSafe = true,
    requiresProject = false)
public class CheckMojo extends AbstractMojo {

  /** The folder whose digests are checked; finding paths are relative to it. */
  @Parameter(property = "digest.directory", defaultValue = "${project.basedir}")
  private File directory;

  /** Ant-style patterns of the files to check, relative to {@code directory}. */
  @Parameter(property = "digest.includes", defaultValue = "**/*.md")
  private List<String> includes;

  /** Ant-style patterns of the files to leave out. */
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

  /** Whether too many findings fail the build. */
  @Parameter(property = "digest.failOnViolation", defaultValue = "true")
  private boolean failOnViolation;

  /**
   * The lowest severity that counts towards failing: {@code error}, {@code warning} or {@code
   * info}.
   */
  @Parameter(property = "digest.violationSeverity", defaultValue = "error")
  private String violationSeverity;

  /** How many findings at or above {@code violationSeverity} are tolerated. */
  @Parameter(property = "digest.maxAllowedViolations", defaultValue = "0")
  private int maxAllowedViolations;

  /** Report formats, comma-separated: {@code console}, {@code sarif}, {@code json}. */
  @Parameter(property = "digest.formats", defaultValue = "console,sarif")
  private List<String> formats;

  /** Where report files are written. */
  @Parameter(
      property = "digest.outputDirectory",
      defaultValue = "${project.build.directory}/digest-reports")
  private File outputDirectory;

  /** Where Maven was started; the folder checked when there is no POM. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  private File executionRoot;

  /** Skips the check. */
  @Parameter(property = "digest.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping the digest check (digest.skip=true)");
      return;
    }
    CheckSettings settings;
    try {
      settings =
          CheckSettings.from(
              rules, acceptedPaperUrls, violationSeverity, maxAllowedViolations, formats);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Invalid digest check configuration: " + e.getMessage(), e);
    }
    Path root = checkedDirectory();
    if (!root.toFile().isDirectory()) {
      throw new MojoExecutionException("digest.directory " + root + " is not a directory");
    }
    // Without a POM the build directory stays an unresolved "${project.basedir}/target":
    // reports then go to target/digest-reports in the checked folder.
    Path reports =
        outputDirectory != null && !outputDirectory.getPath().contains("${")
            ? outputDirectory.toPath()
            : root.resolve("target").resolve("digest-reports");
    CheckRun.Outcome outcome;
    try {
      outcome = CheckRun.run(root, includes, excludes, settings, reports);
    } catch (IOException | RuntimeException e) {
      throw new MojoExecutionException("The digest check could not run: " + e.getMessage(), e);
    }
    CheckResult result = outcome.result();
    if (result.filesChecked() == 0) {
      getLog()
          .warn(
              "No digest files in "
                  + root
                  + " match includes "
                  + includes
                  + " (excludes "
                  + excludes
                  + ")");
    }
    if (settings.formats().contains("console")) {
      ConsoleReport.print(result, getLog());
    } else {
      getLog().info(ConsoleReport.summary(result));
    }
    outcome.reports().forEach(report -> getLog().info("Wrote " + report));
    gate(result, settings);
  }

  private Path checkedDirectory() {
    File chosen = directory;
    if (chosen == null) {
      chosen = executionRoot != null ? executionRoot : new File(System.getProperty("user.dir"));
    }
    return chosen.toPath().toAbsolutePath().normalize();
  }

  private void gate(CheckResult result, CheckSettings settings) throws MojoFailureException {
    long violations = result.countAtLeast(settings.violationSeverity());
    if (violations <= settings.maxAllowedViolations()) {
      return;
    }
    String message =
        violations
            + " digest finding(s) at or above "
            + settings.violationSeverity().label()
            + " (at most "
            + settings.maxAllowedViolations()
            + " allowed); see the findings above"
            + (settings.formats().size() > 1 ? " and the reports written" : "");
    if (failOnViolation) {
      throw new MojoFailureException(message);
    }
    getLog().warn(message + " (not failing: digest.failOnViolation=false)");
  }
}
