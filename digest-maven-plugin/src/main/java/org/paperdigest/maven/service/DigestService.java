package org.paperdigest.maven.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.internal.RepositoryBoundary;
import org.paperdigest.maven.baseline.Baseline;
import org.paperdigest.maven.baseline.BaselineException;
import org.paperdigest.maven.baseline.Triage;
import org.paperdigest.maven.git.GitException;
import org.paperdigest.maven.git.GitWorkTree;
import org.paperdigest.maven.output.KeptFiles;
import org.paperdigest.maven.output.PluginLog;
import org.paperdigest.maven.report.ReportContext;

/**
 * Runs a check the one way every goal runs it, so that findings (and a baseline's identities) agree
 * between {@code check}, {@code baseline}, {@code report} and {@code fix}: scan, limit to the files
 * a ratchet names, find and read the baseline once, check files and links, sort the findings
 * against the baseline and build the report context once.
 */
public final class DigestService {

  private final PluginLog log;

  public DigestService(PluginLog log) {
    this.log = log;
  }

  /** Checks as {@code run} says; {@code useBaseline} reads the baseline when there is one. */
  public Checked check(RunSettings run, boolean useBaseline) throws DigestRunException {
    Optional<Baseline> baseline = useBaseline ? readBaseline(run, log) : Optional.empty();
    Predicate<String> inScope = ratchetScope(run, log);
    List<Path> files = scan(run, log);
    CheckResult result;
    try {
      result = FileCheck.run(run.root(), files, run.check(), inScope, run.resultCache(), log);
    } catch (RuntimeException e) {
      throw new DigestRunException("The digest check could not run: " + e.getMessage(), e);
    }
    boolean online = FileCheck.checksOnline(run.check());
    Triage triage =
        Triage.of(baseline, result.findings())
            .staleOnlyWhere(
                entry ->
                    inScope.test(entry.path()) && ranOn(entry.rule(), entry.path(), run, online));
    ReportContext context =
        new ReportContext(
            result,
            run.check().validation(),
            PluginInfo.VERSION,
            GitWorkTree.repositoryPrefix(run.root()),
            run.root(),
            FileCheck.paths(run.root(), files, inScope),
            run.check().violationSeverity(),
            Set.copyOf(triage.baselined()),
            baseline.isPresent(),
            run.reportOptions());
    return new Checked(files, result, baseline, triage, context);
  }

  /** Whether the rule ran on the file: on for its path, and online only if links were. */
  private static boolean ranOn(String ruleId, String path, RunSettings run, boolean online) {
    return Rule.find(ruleId)
        .map(rule -> run.check().validation().runs(rule, path, online))
        .orElse(true);
  }

  /**
   * Why the check fails the build, if it does: more new findings at or above the violation severity
   * than allowed.
   */
  public Optional<String> violations(Checked checked, RunSettings run) {
    CheckSettings settings = run.check();
    long violations =
        checked.triage().fresh().stream()
            .filter(f -> f.severity().isAtLeast(settings.violationSeverity()))
            .count();
    if (violations <= settings.maxAllowedViolations()) {
      return Optional.empty();
    }
    return Optional.of(
        violations
            + (checked.baseline().isPresent() ? " new" : "")
            + " digest finding(s) at or above "
            + settings.violationSeverity().label()
            + " (at most "
            + settings.maxAllowedViolations()
            + " allowed); see the findings above"
            + (settings.formats().size() > 1 ? " and the reports written" : ""));
  }

  /** Says how many baseline entries no finding matched, when some are left. */
  public void reportStale(Checked checked) {
    if (checked.triage().staleCount() > 0) {
      log.info(
          "The baseline holds "
              + checked.triage().staleCount()
              + " finding(s) that are fixed now; run digest:baseline to drop them");
    }
  }

  /**
   * Writes every finding of {@code checked} as the baseline of {@code run}; returns what it did.
   */
  public String writeBaseline(Checked checked, RunSettings run) throws DigestRunException {
    List<Finding> findings = checked.result().findings();
    Baseline baseline = Baseline.of(findings);
    Path file = run.baselineFile();
    String change = "";
    RepositoryBoundary repository = RepositoryBoundary.around(run.root());
    Optional<String> refused = KeptFiles.refused(repository, file);
    if (refused.isPresent()) {
      log.warn("Replacing " + file + ", which is not read: " + refused.get());
    } else if (KeptFiles.exists(repository, file)) {
      try {
        Triage triage = Baseline.read(file).triage(findings);
        change =
            " ("
                + triage.fresh().size()
                + " more than before, "
                + triage.staleCount()
                + " fixed since)";
      } catch (BaselineException | IOException e) {
        log.warn("Replacing " + file + ", which could not be read: " + e.getMessage());
      }
    }
    try {
      baseline.write(file);
    } catch (IOException e) {
      throw new DigestRunException("Cannot write the baseline " + file + ": " + e, e);
    }
    long withFindings = baseline.entries().stream().map(Baseline.Entry::path).distinct().count();
    return "Wrote "
        + file
        + ": "
        + baseline.size()
        + " finding(s) in "
        + withFindings
        + " of "
        + checked.result().filesChecked()
        + " file(s) accepted"
        + change
        + "; digest:check now fails only on new findings";
  }

  /** The baseline file of {@code run}, read once; empty when there is none and none was named. */
  static Optional<Baseline> readBaseline(RunSettings run, PluginLog log) throws DigestRunException {
    Path file = run.baselineFile();
    RepositoryBoundary repository = RepositoryBoundary.around(run.root());
    Optional<String> refused = KeptFiles.refused(repository, file);
    if (refused.isPresent()) {
      // A gate must not run without the baseline it was given, nor say what a link points at.
      throw new DigestRunException(
          "The baseline "
              + file
              + " is not read: "
              + refused.get()
              + ". Make it the baseline itself (digest:baseline writes one in its place), or name"
              + " another with digest.baselineFile");
    }
    if (!KeptFiles.exists(repository, file)) {
      if (run.baselineNamed()) {
        throw new DigestRunException(
            "digest.baselineFile "
                + file
                + " does not exist; write it with digest:baseline, or leave the parameter out");
      }
      return Optional.empty();
    }
    try {
      Baseline read = Baseline.read(file);
      log.info("Using the baseline " + file + " (" + read.size() + " accepted findings)");
      return Optional.of(read);
    } catch (BaselineException e) {
      throw new DigestRunException(e.getMessage(), e);
    } catch (IOException e) {
      throw new DigestRunException("Cannot read the baseline " + file + ": " + e, e);
    }
  }

  /** The paths a ratchet keeps: those changed since its ref; every path without one. */
  static Predicate<String> ratchetScope(RunSettings run, PluginLog log) throws DigestRunException {
    if (run.ratchetFrom() == null) {
      return path -> true;
    }
    try {
      Set<String> changed = GitWorkTree.at(run.root()).changedSince(run.ratchetFrom());
      log.info(
          "Checking only files changed since "
              + run.ratchetFrom()
              + " ("
              + changed.size()
              + " changed file(s) in "
              + run.root()
              + ")");
      return changed::contains;
    } catch (GitException e) {
      throw new DigestRunException(
          "digest.ratchetFrom=" + run.ratchetFrom() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Files to check, sorted. None fails the run, naming the folder and the patterns, unless {@code
   * failIfNoFiles} is off (then it warns): a check that read nothing must not pass unnoticed.
   */
  static List<Path> scan(RunSettings run, PluginLog log) throws DigestRunException {
    List<Path> files;
    try {
      files = DigestFileScanner.scan(run.root(), run.includes(), run.excludes());
    } catch (IllegalArgumentException e) {
      throw DigestRunException.invalidConfiguration(e);
    } catch (RuntimeException e) {
      throw new DigestRunException(
          "Cannot list the digest files of " + run.root() + ": " + e.getMessage(), e);
    }
    if (run.includes().isEmpty() && !files.isEmpty()) {
      log.info(
          "Checking the digests: "
              + files.size()
              + " Markdown file(s) in "
              + String.join(", ", DigestFileScanner.digestFolders(run.root(), files))
              + " (no includes set: the top-level folders that hold files named like digests)");
    }
    if (files.isEmpty()) {
      String none =
          run.includes().isEmpty()
              ? "No digests in "
                  + run.root()
                  + ": no Markdown file there is named like a digest (YYYY/MM/DD.md or"
                  + " YYYY-MM-DD.md; excludes "
                  + run.excludes()
                  + "); set includes to the digests' files"
              : "No files in "
                  + run.root()
                  + " match includes "
                  + run.includes()
                  + " (excludes "
                  + run.excludes()
                  + ")";
      if (run.failIfNoFiles()) {
        throw new DigestRunException(
            none + "; nothing was checked (digest.failIfNoFiles=false lets such a run pass)");
      }
      log.warn(none + "; nothing was checked");
    }
    return files;
  }
}
