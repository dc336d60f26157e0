package org.paperdigest.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.paperdigest.maven.links.settings.LinkMode;
import org.paperdigest.maven.links.settings.LinkSettings;
import org.paperdigest.maven.links.settings.LinkSettingsBuilder;
import org.paperdigest.maven.output.ConsoleText;
import org.paperdigest.maven.output.PluginLog;
import org.paperdigest.maven.report.ReportOptions;
import org.paperdigest.maven.service.CheckSettings;
import org.paperdigest.maven.service.DigestRunException;
import org.paperdigest.maven.service.PluginInfo;
import org.paperdigest.maven.service.RunSettings;

/**
 * A goal that runs the check ({@code check}, {@code baseline}, {@code fix}): where the checked
 * folder is with or without a POM and where the build's files go, the incremental cache, Maven's
 * offline mode, and the run's settings. Every such goal runs the check through the same service, so
 * findings (and a baseline's identities) agree. The link parameters come from the subclasses, each
 * with those it uses: {@link ArxivMojo} and below it {@link LinkCheckingMojo}.
 */
abstract class CheckingMojo extends DigestFilesMojo {

  /**
   * Per-file results kept between runs, so unchanged files are not checked again (used when links
   * are not checked online); {@code none} keeps no cache.
   */
  @Parameter(
      property = "digest.incrementalCache",
      defaultValue = "${project.build.directory}/digest-cache")
  private String incrementalCache;

  /** Whether Maven runs offline ({@code -o}). */
  @Parameter(defaultValue = "${settings.offline}", readonly = true)
  private boolean mavenOffline;

  /** The POM's build directory; unresolved without a POM. */
  @Parameter(defaultValue = "${project.build.directory}", readonly = true)
  private File buildDirectory;

  /** Where Maven was started; the folder checked when there is no POM. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  private File executionRoot;

  /** The checked folder and the build's files of this execution, worked out once as it starts. */
  private BuildFiles files;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip()) {
      pluginLog().info("Skipping digest:" + goal() + " (digest.skip=true)");
      return;
    }
    long start = System.nanoTime();
    try {
      files = new BuildFiles(checkedDirectory(), startDirectory(), buildDirectory);
      run();
    } catch (DigestRunException e) {
      // Maven prints the message as it is: it may name files of the pull request.
      throw new MojoExecutionException(ConsoleText.line(e.getMessage()), e);
    } finally {
      pluginLog()
          .info(
              String.format(
                  Locale.ROOT, "digest:%s took %.2f s", goal(), (System.nanoTime() - start) / 1e9));
    }
  }

  /** The goal's name, for the log. */
  abstract String goal();

  /** The goal itself; runs unless skipped. */
  abstract void run() throws DigestRunException, MojoFailureException;

  /**
   * How far the goal checks links, {@code off}, {@code offline} or {@code online}: each goal
   * declares the parameter with the default that fits it.
   */
  abstract String links();

  /**
   * Puts the link parameters the goal declares into {@code builder}; others keep their defaults.
   */
  abstract void linkParameters(LinkSettingsBuilder builder, BuildFiles files);

  /**
   * A run of this goal with {@code check}'s gate and formats, the goal's files, rules, baseline,
   * caches and links, reports where {@code outputDirectory} says ({@code null}: the default).
   */
  RunSettings.Builder runSettings(
      CheckSettings.Builder check, File outputDirectory, ReportOptions reportOptions)
      throws DigestRunException {
    return RunSettings.builder(files.root(), checkSettings(check), reportOptions)
        .includes(includes())
        .excludes(excludes())
        .failIfNoFiles(failIfNoFiles())
        .resultCache(files.stateFile(incrementalCache, "digest-cache"))
        .baselineFile(baselineFile(), true)
        .reportFolder(files.folder(outputDirectory, "digest-reports"));
  }

  /** The link settings of this goal's parameters, or the problem with one of them. */
  LinkSettings linkSettings() throws DigestRunException {
    try {
      LinkSettingsBuilder builder = LinkSettings.builder().mode(links());
      linkParameters(builder, files);
      builder.userAgent("digest-maven-plugin/" + PluginInfo.VERSION + " (link check)");
      LinkSettings settings = builder.build();
      if (mavenOffline && settings.mode() == LinkMode.ONLINE) {
        pluginLog().info("Maven is offline (-o): links are checked offline only");
        settings = builder.mode(LinkMode.OFFLINE).build();
      }
      return settings;
    } catch (IllegalArgumentException e) {
      // A link mode, a duration or a path (an InvalidPathException) the run cannot use.
      throw DigestRunException.invalidConfiguration(e);
    }
  }

  /** The checked folder, absolute; without a POM, where Maven was started. */
  private Path checkedDirectory() throws DigestRunException {
    File chosen = directory();
    if (chosen == null) {
      chosen = startDirectory().toFile();
    }
    Path root = chosen.toPath().toAbsolutePath().normalize();
    if (!root.toFile().isDirectory()) {
      throw new DigestRunException("digest.directory " + root + " is not a directory");
    }
    return root;
  }

  /** Where Maven was started. */
  private Path startDirectory() {
    return (executionRoot != null ? executionRoot : new File(System.getProperty("user.dir")))
        .toPath()
        .toAbsolutePath()
        .normalize();
  }

  /** Maven's log as the plugin's. */
  PluginLog pluginLog() {
    return MavenPluginLog.of(getLog());
  }
}
