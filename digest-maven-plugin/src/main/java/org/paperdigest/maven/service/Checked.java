package org.paperdigest.maven.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.maven.baseline.Baseline;
import org.paperdigest.maven.baseline.Triage;
import org.paperdigest.maven.report.ReportContext;

/**
 * What a check found and everything the goals do with it: the files scanned, the result (findings
 * of the files in scope), the baseline read (once) and the findings sorted against it, and the
 * context every report is written from (built once).
 */
public record Checked(
    List<Path> files,
    CheckResult result,
    Optional<Baseline> baseline,
    Triage triage,
    ReportContext context) {

  public Checked {
    files = List.copyOf(files);
  }
}
