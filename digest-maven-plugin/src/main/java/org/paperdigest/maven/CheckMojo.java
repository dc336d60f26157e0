package org.paperdigest.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Rule;
import org.paperdigest.maven.baseline.Baseline;
import org.paperdigest.maven.baseline.BaselineException;
import org.paperdigest.maven.baseline.Triage;
import org.paperdigest.maven.git.GitException;
import org.paperdigest.maven.git.GitWorkTree;
import org.paperdigest.maven.internal.CheckRun;
import org.paperdigest.maven.internal.CheckSettings;
import org.paperdigest.maven.report.ConsoleReport;
import org.paperdigest.maven.report.GithubActionsReport;
import org.paperdigest.maven.report.ReportContext;

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
public class CheckMojo extends AbstractDigestMojo {

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

  /**
   * The baseline of accepted findings; by default {@code digest-baseline.json} in the checked
   * folder, used when it exists. A baseline named here must exist.
   */
  @Parameter(property = "digest.baselineFile")
  private File baselineFile;

  /** Whether findings the baseline accepts are listed too (marked), not only counted. */
  @Parameter(property = "digest.showBaselined", defaultValue = "false")
  private boolean showBaselined;

  /**
   * A git ref such as {@code origin/main}: only files added or changed since it (committed, staged,
   * unstaged or untracked) are checked and gated; DG113 still compares them with all files.
   */
  @Parameter(property = "digest.ratchetFrom")
  private String ratchetFrom;

  @Override
  String goal() {
    return "check";
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    Path root = checkedDirectory();
    CheckSettings settings = settings(root, violationSeverity, maxAllowedViolations, formats, true);
    Optional<Baseline> baseline = baseline(root);
    Predicate<String> inScope = ratchetScope(root);
    List<Path> files = scan(root);
    CheckResult result = check(root, files, settings, inScope);
    boolean online = CheckRun.checksOnline(settings);
    Triage triage =
        baseline
            .map(b -> b.triage(result.findings()))
            .orElse(Triage.allNew(result.findings()))
            .staleOnlyWhere(
                entry ->
                    inScope.test(entry.path())
                        && Rule.find(entry.rule())
                            .map(
                                rule ->
                                    settings.validation().isEnabled(rule, entry.path())
                                        && (online || !rule.online()))
                            .orElse(true));
    ReportContext context =
        new ReportContext(
            result,
            settings.validation(),
            CheckRun.toolVersion(),
            CheckRun.repositoryPrefix(root),
            root,
            CheckRun.paths(root, files, inScope),
            settings.violationSeverity(),
            Set.copyOf(triage.baselined()),
            baseline.isPresent());
    Path reports = BuildFiles.folder(outputDirectory, root, "digest-reports");
    FutureTask<List<Path>> written = CheckRun.startReports(context, settings, reports);
    if (settings.formats().contains("console")) {
      ConsoleReport.print(result, triage, showBaselined, getLog());
    } else {
      getLog().info(ConsoleReport.summary(result, triage));
    }
    try {
      CheckRun.finishReports(written).forEach(report -> getLog().info("Wrote " + report));
      if (settings.formats().contains("github")) {
        publishToGithub(context);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write the digest reports: " + e.getMessage(), e);
    }
    if (triage.staleCount() > 0) {
      getLog()
          .info(
              "The baseline holds "
                  + triage.staleCount()
                  + " finding(s) that are fixed now; run digest:baseline to drop them");
    }
    gate(triage.fresh(), settings, baseline.isPresent());
  }

  private void publishToGithub(ReportContext context) throws IOException {
    GithubActionsReport github = new GithubActionsReport(System.getenv(), System.out);
    if (!github.active()) {
      getLog().debug("Not under GitHub Actions (GITHUB_ACTIONS is not true): no annotations");
      return;
    }
    GithubActionsReport.Published published = github.publish(context);
    published.summary().ifPresent(file -> getLog().info("Appended the step summary to " + file));
    if (published.notAnnotated() > 0) {
      getLog()
          .info(
              published.notAnnotated()
                  + " new finding(s) have no GitHub annotation (GitHub shows at most "
                  + GithubActionsReport.PER_SEVERITY
                  + " per severity in a step); the reports list them all");
    }
  }

  private Optional<Baseline> baseline(Path root) throws MojoExecutionException {
    Path file = BaselineMojo.location(baselineFile, root);
    if (!Files.exists(file)) {
      if (baselineFile != null) {
        throw new MojoExecutionException(
            "digest.baselineFile "
                + file
                + " does not exist; write it with digest:baseline, or leave the parameter out");
      }
      return Optional.empty();
    }
    try {
      Baseline read = Baseline.read(file);
      getLog().info("Using the baseline " + file + " (" + read.size() + " accepted findings)");
      return Optional.of(read);
    } catch (BaselineException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read the baseline " + file + ": " + e, e);
    }
  }

  private Predicate<String> ratchetScope(Path root) throws MojoExecutionException {
    if (ratchetFrom == null || ratchetFrom.isBlank()) {
      return path -> true;
    }
    try {
      Set<String> changed = GitWorkTree.at(root).changedSince(ratchetFrom.strip());
      getLog()
          .info(
              "Checking only files changed since "
                  + ratchetFrom.strip()
                  + " ("
                  + changed.size()
                  + " changed file(s) in "
                  + root
                  + ")");
      return changed::contains;
    } catch (GitException e) {
      throw new MojoExecutionException(
          "digest.ratchetFrom=" + ratchetFrom + ": " + e.getMessage(), e);
    }
  }

  private void gate(List<Finding> fresh, CheckSettings settings, boolean withBaseline)
      throws MojoFailureException {
    long violations =
        fresh.stream().filter(f -> f.severity().isAtLeast(settings.violationSeverity())).count();
    if (violations <= settings.maxAllowedViolations()) {
      return;
    }
    String message =
        violations
            + (withBaseline ? " new" : "")
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
