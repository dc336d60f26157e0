package org.paperdigest.maven.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.paperdigest.maven.report.ReportOptions;

/**
 * What one run of a digest goal needs, with Maven's parameters mapped: the checked folder and its
 * file patterns (no includes: the digests, found by their names), whether finding no file fails the
 * run, the check's settings, where the result cache is ({@code null}: none), the baseline file and
 * whether it was named (then it must exist), the git ref a ratchet starts from ({@code null}: every
 * file), and where the reports go and how they look. Built by name with {@link #builder}.
 */
public record RunSettings(
    Path root,
    List<String> includes,
    List<String> excludes,
    boolean failIfNoFiles,
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

  /**
   * A builder for a run over {@code root} with {@code check}: the digests found by their names,
   * failing when there are none, no cache, the default baseline, no ratchet, reports under {@code
   * root/target/digest-reports}.
   */
  public static Builder builder(Path root, CheckSettings check, ReportOptions reportOptions) {
    return new Builder(root, check, reportOptions);
  }

  /** Collects a run's settings by name. */
  public static final class Builder {
    private final Path root;
    private final CheckSettings check;
    private final ReportOptions reportOptions;
    private List<String> includes = List.of();
    private List<String> excludes = List.of();
    private boolean failIfNoFiles = true;
    private Path resultCache;
    private Path baselineFile;
    private boolean baselineNamed;
    private String ratchetFrom;
    private Path reportFolder;

    private Builder(Path root, CheckSettings check, ReportOptions reportOptions) {
      this.root = Objects.requireNonNull(root, "root");
      this.check = check;
      this.reportOptions = reportOptions;
    }

    /** The patterns of the files to check; none: the digests, found by their names. */
    public Builder includes(List<String> patterns) {
      includes = patterns;
      return this;
    }

    /** The patterns of the files to leave out. */
    public Builder excludes(List<String> patterns) {
      excludes = patterns;
      return this;
    }

    /** Whether finding no file to check fails the run. */
    public Builder failIfNoFiles(boolean fail) {
      failIfNoFiles = fail;
      return this;
    }

    /** The result cache's file, or {@code null} for none. */
    public Builder resultCache(Path file) {
      resultCache = file;
      return this;
    }

    /**
     * The baseline file, {@code null} for the default one in the checked folder; one that {@code
     * mustExist} fails the run when it is missing, others are used when they exist.
     */
    public Builder baselineFile(Path file, boolean mustExist) {
      baselineFile = file;
      baselineNamed = file != null && mustExist;
      return this;
    }

    /** The git ref a ratchet starts from, or {@code null} (or blank) for every file. */
    public Builder ratchetFrom(String ref) {
      ratchetFrom = ref;
      return this;
    }

    /** Where the reports go. */
    public Builder reportFolder(Path folder) {
      reportFolder = folder;
      return this;
    }

    public RunSettings build() {
      return new RunSettings(
          root,
          includes,
          excludes,
          failIfNoFiles,
          check,
          resultCache,
          baselineFile != null ? baselineFile : root.resolve(DEFAULT_BASELINE),
          baselineNamed,
          ratchetFrom,
          reportFolder != null ? reportFolder : root.resolve("target/digest-reports"),
          reportOptions);
    }
  }
}
