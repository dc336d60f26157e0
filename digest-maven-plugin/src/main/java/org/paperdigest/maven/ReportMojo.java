package org.paperdigest.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.paperdigest.maven.links.settings.LinkMode;
import org.paperdigest.maven.links.settings.LinkSettings;
import org.paperdigest.maven.output.ConsoleText;
import org.paperdigest.maven.output.PluginLog;
import org.paperdigest.maven.report.HtmlReport;
import org.paperdigest.maven.report.HtmlReportWriter;
import org.paperdigest.maven.report.ReportContext;
import org.paperdigest.maven.service.CheckSettings;
import org.paperdigest.maven.service.DigestRunException;
import org.paperdigest.maven.service.DigestService;
import org.paperdigest.maven.service.RunSettings;

/**
 * A Maven site report of digest health ({@code digest-report.html}), with the content of the HTML
 * report: totals, findings per rule and per month, and the findings grouped by rule and file with
 * source lines. Links are checked offline here, so building the site needs no network; {@code
 * check} with {@code links=online} reports broken links. Findings the baseline accepts are marked.
 *
 * <p>{@code mvn site} renders it into the site's pages through Doxia's sink; run on its own ({@code
 * mvn digest:report}) it writes the page as the standalone HTML report, so the plugin needs no site
 * renderer (whose dozens of jars every goal would otherwise load).
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends DigestFilesMojo implements MavenReport {

  /** Where the page goes; the site plugin sets its own folder when it renders the site. */
  @Parameter(
      defaultValue = "${project.reporting.outputDirectory}",
      readonly = true,
      required = true)
  private File outputDirectory;

  @Override
  public String getOutputPath() {
    return "digest-report";
  }

  /** The same, for site plugins built on a reporting API before 4, which ask for the name. */
  @Override
  @SuppressWarnings("deprecation")
  public String getOutputName() {
    return getOutputPath();
  }

  @Override
  public String getCategoryName() {
    return CATEGORY_PROJECT_REPORTS;
  }

  @Override
  public String getName(Locale locale) {
    return "Digest report";
  }

  @Override
  public String getDescription(Locale locale) {
    return "Findings of the digest rule catalogue in this repository's daily paper digests.";
  }

  @Override
  public void setReportOutputDirectory(File outputDirectory) {
    this.outputDirectory = outputDirectory;
  }

  @Override
  public File getReportOutputDirectory() {
    return outputDirectory;
  }

  @Override
  public boolean isExternalReport() {
    return false;
  }

  @Override
  public boolean canGenerateReport() {
    return !skip();
  }

  /** On its own: the page as a standalone HTML file, {@code digest-report.html}. */
  @Override
  public void execute() throws MojoExecutionException {
    PluginLog log = MavenPluginLog.of(getLog());
    if (skip()) {
      log.info("Skipping digest:report (digest.skip=true)");
      return;
    }
    try {
      Path page =
          HtmlReportWriter.writePage(
              context(), outputDirectory.toPath().resolve(getOutputName() + ".html"));
      log.info("Wrote " + page);
    } catch (MavenReportException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException(
          ConsoleText.line("Cannot write the digest report: " + e.getMessage()), e);
    }
  }

  /** In the site: the page's body through the site's sink, in the site's skin. */
  @Override
  public void generate(Sink sink, Locale locale) throws MavenReportException {
    ReportContext context = context();
    sink.head();
    sink.title();
    sink.text(getName(locale));
    sink.title_();
    sink.head_();
    sink.body();
    sink.rawText("<style>" + HtmlReport.STYLE + "</style>\n");
    HtmlReport.body(context, sink::rawText);
    sink.rawText("<script>" + HtmlReport.SCRIPT + "</script>\n");
    sink.body_();
    sink.flush();
  }

  private ReportContext context() throws MavenReportException {
    Path root = directory().toPath().toAbsolutePath().normalize();
    try {
      CheckSettings check =
          checkSettings(
              CheckSettings.builder(LinkSettings.builder().mode(LinkMode.OFFLINE).build()));
      RunSettings run =
          RunSettings.builder(root, check, DEFAULTS)
              .includes(includes())
              .excludes(excludes())
              .failIfNoFiles(failIfNoFiles())
              .baselineFile(baselineFile(), false)
              .reportFolder(outputDirectory.toPath())
              .build();
      PluginLog log = MavenPluginLog.of(getLog());
      ReportContext context = new DigestService(log).check(run, true).context();
      log.info(context.result().findings().size() + " digest finding(s) in the report");
      return context;
    } catch (DigestRunException e) {
      // Maven prints the message as it is: it may name files of the pull request.
      throw new MavenReportException(ConsoleText.line(e.getMessage()), e);
    }
  }
}
