package org.paperdigest.maven.report;

import java.io.IOException;
import java.nio.file.Path;

/** Writes one report format into the output directory. */
public interface ReportWriter {

  /** The name used in the {@code formats} parameter. */
  String format();

  /** Writes the report and returns the file written. */
  Path write(ReportContext context, Path outputDirectory) throws IOException;
}
