package org.paperdigest.maven.service;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.paperdigest.digest.internal.DaemonThreads;
import org.paperdigest.maven.output.PluginLog;
import org.paperdigest.maven.report.CheckstyleReportWriter;
import org.paperdigest.maven.report.ConsoleReport;
import org.paperdigest.maven.report.GithubActionsReport;
import org.paperdigest.maven.report.GitlabReportWriter;
import org.paperdigest.maven.report.HtmlReportWriter;
import org.paperdigest.maven.report.JsonReportWriter;
import org.paperdigest.maven.report.JunitReportWriter;
import org.paperdigest.maven.report.ReportContext;
import org.paperdigest.maven.report.ReportWriter;
import org.paperdigest.maven.report.SarifReportWriter;

/**
 * Every report of a check: the file reports, written on a thread of their own while the console
 * report prints, and under GitHub Actions the annotations and step summary.
 */
public final class ReportService {

  private static final List<ReportWriter> WRITERS =
      List.of(
          new SarifReportWriter(),
          new JsonReportWriter(),
          new CheckstyleReportWriter(),
          new JunitReportWriter(),
          new GitlabReportWriter(),
          new HtmlReportWriter());

  /** Every report format: {@code console}, the file formats, and {@code github}. */
  public static final List<String> FORMATS = formats();

  private final PluginLog log;

  public ReportService(PluginLog log) {
    this.log = log;
  }

  private static List<String> formats() {
    List<String> formats = new ArrayList<>(List.of("console"));
    WRITERS.forEach(writer -> formats.add(writer.format()));
    formats.add("github");
    return List.copyOf(formats);
  }

  /**
   * Prints the findings (or only the summary, without {@code console}), writes the file reports of
   * {@code formats} into {@code folder}, and publishes to GitHub when asked and running there.
   */
  public void publish(Checked checked, Set<String> formats, Path folder, boolean showBaselined)
      throws IOException {
    ReportContext context = checked.context();
    FutureTask<List<Path>> written = start(context, formats, folder);
    if (formats.contains("console")) {
      ConsoleReport.print(checked.result(), checked.triage(), showBaselined, log);
    } else {
      log.info(ConsoleReport.summary(checked.result(), checked.triage()));
    }
    finish(written).forEach(report -> log.info("Wrote " + report));
    int omitted = SarifReportWriter.omitted(context.result().findings().size(), context.options());
    if (formats.contains("sarif") && omitted > 0) {
      log.warn(
          "digest.sarif holds the "
              + context.options().sarifMaxResults()
              + " most severe of "
              + context.result().findings().size()
              + " findings ("
              + omitted
              + " left out; digest.sarifMaxResults sets the limit, GitHub takes 25,000 a run)");
    }
    if (formats.contains("github")) {
      publishToGithub(context);
    }
  }

  /** Writes the file reports of {@code formats}, in the writers' order; returns the files. */
  static List<Path> write(ReportContext context, Set<String> formats, Path folder)
      throws IOException {
    List<Path> written = new ArrayList<>();
    for (ReportWriter writer : WRITERS) {
      if (formats.contains(writer.format())) {
        written.add(writer.write(context, folder));
      }
    }
    return written;
  }

  /** Starts {@link #write} on a thread of its own; {@link #finish} waits for it. */
  static FutureTask<List<Path>> start(ReportContext context, Set<String> formats, Path folder) {
    FutureTask<List<Path>> task = new FutureTask<>(() -> write(context, formats, folder));
    DaemonThreads.start("digest-reports", task);
    return task;
  }

  /** The files {@link #start} wrote, once it has; its failure, as it failed. */
  static List<Path> finish(FutureTask<List<Path>> reports) throws IOException {
    try {
      return reports.get();
    } catch (InterruptedException e) {
      reports.cancel(true);
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the reports", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      } else if (cause instanceof RuntimeException runtime) {
        throw runtime;
      } else if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(cause);
    }
  }

  private void publishToGithub(ReportContext context) throws IOException {
    // The runner reads workflow commands at the start of a line of the process's output. Maven 4
    // prefixes what a plugin prints to System.out ("[INFO] [stdout] "), so they go to the standard
    // output itself, which both Mavens pass through as it is.
    PrintStream stdout =
        new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    GithubActionsReport github = new GithubActionsReport(System.getenv(), stdout);
    if (!github.active()) {
      log.debug("Not under GitHub Actions (GITHUB_ACTIONS is not true): no annotations");
      return;
    }
    System.out.flush();
    GithubActionsReport.Published published = github.publish(context);
    published.summary().ifPresent(file -> log.info("Appended the step summary to " + file));
    if (published.notAnnotated() > 0) {
      log.info(
          published.notAnnotated()
              + " new finding(s) have no GitHub annotation (GitHub shows at most "
              + GithubActionsReport.PER_SEVERITY
              + " per severity in a step); the reports list them all");
    }
  }
}
