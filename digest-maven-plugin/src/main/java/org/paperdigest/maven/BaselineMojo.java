package org.paperdigest.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.maven.baseline.Baseline;
import org.paperdigest.maven.baseline.BaselineException;
import org.paperdigest.maven.internal.CheckSettings;

/**
 * Records every current finding in a baseline file, so that {@code check} from then on fails only
 * on new ones: how a repository with years of old defects adopts the plugin in one step. Checks
 * with the same parameters as {@code check}, so the findings match; never fails on findings.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = false)
public class BaselineMojo extends AbstractDigestMojo {

  /** The file name a baseline has by default, in the checked folder. */
  static final String DEFAULT = "digest-baseline.json";

  /**
   * Where the baseline is written; by default {@code digest-baseline.json} in the checked folder.
   */
  @Parameter(property = "digest.baselineFile")
  private File baselineFile;

  /** The baseline file: the one configured, or {@link #DEFAULT} in the checked folder. */
  static Path location(File configured, Path root) {
    return configured != null ? configured.toPath() : root.resolve(DEFAULT);
  }

  @Override
  String goal() {
    return "baseline";
  }

  @Override
  void run() throws MojoExecutionException {
    Path root = checkedDirectory();
    CheckSettings settings = settings(root, "error", 0, List.of("console"), true);
    List<Path> files = scan(root);
    CheckResult result = check(root, files, settings, path -> true);
    Baseline baseline = Baseline.of(result.findings());
    Path file = location(baselineFile, root);
    String change = "";
    if (Files.exists(file)) {
      try {
        Baseline old = Baseline.read(file);
        var triage = old.triage(result.findings());
        change =
            " ("
                + triage.fresh().size()
                + " more than before, "
                + triage.staleCount()
                + " fixed since)";
      } catch (BaselineException | IOException e) {
        getLog().warn("Replacing " + file + ", which could not be read: " + e.getMessage());
      }
    }
    try {
      baseline.write(file);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write the baseline " + file + ": " + e, e);
    }
    long withFindings = baseline.entries().stream().map(Baseline.Entry::path).distinct().count();
    getLog()
        .info(
            "Wrote "
                + file
                + ": "
                + baseline.size()
                + " finding(s) in "
                + withFindings
                + " of "
                + result.filesChecked()
                + " file(s) accepted"
                + change
                + "; digest:check now fails only on new findings");
  }
}
