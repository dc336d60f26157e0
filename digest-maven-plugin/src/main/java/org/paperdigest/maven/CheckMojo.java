package org.paperdigest.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.paperdigest.maven.report.ReportOptions;
import org.paperdigest.maven.service.CheckSettings;
import org.paperdigest.maven.service.Checked;
import org.paperdigest.maven.service.DigestRunException;
import org.paperdigest.maven.service.DigestService;
import org.paperdigest.maven.service.PluginInfo;
import org.paperdigest.maven.service.ReportService;
import org.paperdigest.maven.service.RunSettings;

/**
 * Checks the digest files of a content repository against the rule catalogue, prints the findings,
 * writes the reports, and fails the build when there are more new findings at or above {@code
 * violationSeverity} than {@code maxAllowedViolations}. Findings the baseline accepts are not new;
 * with {@code ratchetFrom}, only files changed since that git ref are checked. Runs without a POM
 * too, on the current directory.
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VERIFY,
    threadSafe = true,
    requiresProject = false)
public class CheckMojo extends LinkCheckingMojo {

  /**
   * How far links are checked: {@code off}, {@code offline} (DG201, DG202, DG206, DG207, DG209) or
   * {@code online} (also DG203, DG204, DG205, DG208, and DG116, DG121, DG122 against arXiv's
   * records); Maven's offline mode means {@code offline}.
   */
  @Parameter(property = "digest.links", defaultValue = "online")
  private String links;

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

  /**
   * Report formats, comma-separated: {@code console}, {@code sarif}, {@code json}, {@code
   * checkstyle}, {@code junit}, {@code gitlab}, {@code html}, {@code github} (only acts under
   * GitHub Actions).
   */
  @Parameter(property = "digest.formats", defaultValue = "console,sarif,github")
  private List<String> formats;

  /** Where report files are written. */
  @Parameter(
      property = "digest.outputDirectory",
      defaultValue = "${project.build.directory}/digest-reports")
  private File outputDirectory;

  /** Whether findings the baseline accepts are listed too (marked), not only counted. */
  @Parameter(property = "digest.showBaselined", defaultValue = "false")
  private boolean showBaselined;

  /**
   * A git ref such as {@code origin/main}: only files added or changed since it (committed, staged,
   * unstaged or untracked) are checked and gated; DG113 still compares them with all files.
   */
  @Parameter(property = "digest.ratchetFrom")
  private String ratchetFrom;

  /**
   * The SARIF run's category ({@code automationDetails.id}): GitHub code scanning keeps one run of
   * each category, so two checks uploaded to one commit need two categories.
   */
  @Parameter(property = "digest.sarifCategory", defaultValue = "digest")
  private String sarifCategory;

  /**
   * The most results in {@code digest.sarif}; past it the most severe are kept (GitHub takes 25,000
   * a run).
   */
  @Parameter(property = "digest.sarifMaxResults", defaultValue = "25000")
  private int sarifMaxResults;

  /**
   * Where the rule pages are, ending in {@code /}: reports link each rule's page ({@code
   * DG110.md}). By default the project's {@code docs/rules/} for this plugin version.
   */
  @Parameter(property = "digest.ruleDocsUrl")
  private String ruleDocsUrl;

  @Override
  String goal() {
    return "check";
  }

  @Override
  String links() {
    return links;
  }

  @Override
  void run() throws DigestRunException, MojoFailureException {
    RunSettings run = settings();
    DigestService service = new DigestService(pluginLog());
    Checked checked = service.check(run, true);
    try {
      new ReportService(pluginLog())
          .publish(checked, run.check().formats(), run.reportFolder(), showBaselined);
    } catch (IOException e) {
      throw new DigestRunException("Cannot write the digest reports: " + e.getMessage(), e);
    }
    service.reportStale(checked);
    Optional<String> violations = service.violations(checked, run);
    if (violations.isPresent() && failOnViolation) {
      throw new MojoFailureException(violations.get());
    }
    violations.ifPresent(
        message -> pluginLog().warn(message + " (not failing: digest.failOnViolation=false)"));
  }

  private RunSettings settings() throws DigestRunException {
    ReportOptions options;
    try {
      options =
          new ReportOptions(
              ruleDocsUrl == null || ruleDocsUrl.isBlank()
                  ? PluginInfo.ruleDocsUrl()
                  : ruleDocsUrl.endsWith("/") ? ruleDocsUrl : ruleDocsUrl + "/",
              sarifCategory,
              sarifMaxResults);
    } catch (IllegalArgumentException e) {
      throw DigestRunException.invalidConfiguration(e);
    }
    CheckSettings.Builder check =
        CheckSettings.builder(linkSettings())
            .violationSeverity(violationSeverity)
            .maxAllowedViolations(maxAllowedViolations)
            .formats(formats);
    return runSettings(check, outputDirectory, options).ratchetFrom(ratchetFrom).build();
  }
}
