package org.paperdigest.maven.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.paperdigest.maven.report.ReportOptions;

/**
 * What one run of a digest goal needs, with Maven's parameters mapped: the checked folder and its
 * file patterns, the check's settings, where the result cache is ({@code null}: none), the baseline
 * file and whether it was named (then it must exist), the git ref a ratchet starts from ({@code
 * null}: every file), and where the reports go and how they look.
 */
public record RunSettings(
    Path root,
    List<String> includes,
    List<String> excludes,
    CheckSettings check,
    Path resultCache,
    Path baselineFile,
    boolean baselineNamed,
    String ratchetFrom,
    Path reportFolder,
    ReportOptions reportOptions) {

  /** The baseline's file name in the checked folder when none is named. */
  public static final String DEFAULT_BASELINE = "digest-baseline.json";

  public RunSettings {
    Objects.requireNonNull(root, "root");
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(baselineFile, "baselineFile");
    ratchetFrom = ratchetFrom == null || ratchetFrom.isBlank() ? null : ratchetFrom.strip();
    Objects.requireNonNull(reportFolder, "reportFolder");
    Objects.requireNonNull(reportOptions, "reportOptions");
  }

  /** The baseline file: {@code named}, or {@link #DEFAULT_BASELINE} in {@code root}. */
  public static Path baselineFile(Path named, Path root) {
    return named != null ? named : root.resolve(DEFAULT_BASELINE);
  }

  /** These settings with every file in scope and no result cache: the check after a fix. */
  public RunSettings everyFileUncached() {
    return new RunSettings(
        root,
        includes,
        excludes,
        check,
        null,
        baselineFile,
        false,
        null,
        reportFolder,
        reportOptions);
  }
}
