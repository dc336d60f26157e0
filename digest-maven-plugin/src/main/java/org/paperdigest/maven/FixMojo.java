package org.paperdigest.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.maven.baseline.Triage;
import org.paperdigest.maven.git.GitException;
import org.paperdigest.maven.git.GitWorkTree;
import org.paperdigest.maven.internal.CheckRun;
import org.paperdigest.maven.internal.CheckSettings;
import org.paperdigest.maven.internal.FixRun;
import org.paperdigest.maven.report.ConsoleReport;

/**
 * Fixes in place what needs no judgement: repeated authors (DG110), empty author items (DG109) and
 * bare URLs glued to their text (DG202), and trailing whitespace on the lines it touches; every
 * other byte stays. Writes are atomic, a second run changes nothing, files with changes not
 * committed are left alone unless allowed, and {@code dryRun} prints a diff instead. Then checks
 * again (links offline) and prints what remains.
 */
@Mojo(name = "fix", threadSafe = true, requiresProject = false)
public class FixMojo extends AbstractDigestMojo {

  /** Prints a unified diff of what would change, and writes nothing. */
  @Parameter(property = "digest.dryRun", defaultValue = "false")
  private boolean dryRun;

  /**
   * Fixes files that have changes not committed to git too (or that are not in git at all); by
   * default they are left alone so a fix can never mix with, or lose, a user's own edits.
   */
  @Parameter(property = "digest.allowUncommitted", defaultValue = "false")
  private boolean allowUncommitted;

  @Override
  String goal() {
    return "fix";
  }

  @Override
  void run() throws MojoExecutionException {
    Path root = checkedDirectory();
    CheckSettings settings = settings(root, "error", 0, List.of("console"), false);
    List<Path> files = scan(root);
    Predicate<String> mayRewrite = path -> true;
    if (!dryRun && !allowUncommitted) {
      try {
        mayRewrite = GitWorkTree.at(root).committedUnchanged()::contains;
      } catch (GitException e) {
        throw new MojoExecutionException(
            "digest:fix rewrites files in place and cannot tell which hold edits not committed: "
                + e.getMessage()
                + ". Pass -Ddigest.allowUncommitted=true to fix them anyway, or -Ddigest.dryRun"
                + " to see the changes first",
            e);
      }
    }
    FixRun.Outcome outcome =
        FixRun.run(root, files, settings.validation(), mayRewrite, dryRun, mavenLog());
    getLog()
        .info(
            (dryRun ? "Would fix " : "Fixed ")
                + outcome.fixes()
                + " problem(s) in "
                + outcome.files()
                + " of "
                + files.size()
                + " file(s)"
                + (outcome.skipped() > 0 ? "; " + outcome.skipped() + " file(s) left alone" : "")
                + (dryRun ? " (dry run: nothing written)" : ""));
    if (dryRun) {
      return;
    }
    CheckResult remaining;
    try {
      remaining = CheckRun.check(root, files, settings, path -> true, mavenLog());
    } catch (RuntimeException e) {
      throw new MojoExecutionException(
          "The check after fixing could not run: " + e.getMessage(), e);
    }
    getLog().info("What remains (links checked offline):");
    ConsoleReport.print(remaining, Triage.allNew(remaining.findings()), false, getLog());
  }
}
