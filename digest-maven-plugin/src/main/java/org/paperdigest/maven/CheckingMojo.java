package org.paperdigest.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
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
 * What every digest goal shares beyond the files, rules and {@code skip} of {@link
 * DigestFilesMojo}: how links are checked, the caches, and mapping them to a run's settings. Every
 * goal runs the check through the same service, so findings (and a baseline's identities) agree.
 */
abstract class AbstractDigestMojo extends DigestFilesMojo {

  /** The reports' options where a goal has no parameters for them. */
  static final ReportOptions DEFAULTS =
      new ReportOptions(PluginInfo.ruleDocsUrl(), "digest", ReportOptions.GITHUB_MAX_RESULTS);

  /** The most link requests in flight at once. */
  @Parameter(property = "digest.maxConcurrency", defaultValue = "64")
  private int maxConcurrency;

  /** The most link requests in flight at once to one host. */
  @Parameter(property = "digest.maxConcurrencyPerHost", defaultValue = "8")
  private int maxConcurrencyPerHost;

  /**
   * Final statuses that mean a link works: codes and ranges, and per-host sets that replace them
   * for a host: {@code 200..299,403,www.linkedin.com:999}.
   */
  @Parameter(property = "digest.acceptedStatus", defaultValue = "200..299")
  private List<String> acceptedStatus;

  /** Regular expressions: when given, only links matching one are checked online. */
  @Parameter(property = "digest.linkIncludes")
  private List<String> linkIncludes;

  /** Regular expressions of links never checked online. */
  @Parameter(property = "digest.linkExcludes")
  private List<String> linkExcludes;

  /**
   * URL rewrites before a request, each a regular expression, a space and a replacement: {@code
   * ^https://old\.example/(.*) https://new.example/$1}.
   */
  @Parameter(property = "digest.linkRemaps")
  private List<String> linkRemaps;

  /**
   * Hosts, IP addresses or CIDR blocks that may be requested although they are internal (loopback,
   * private, link-local); everything else internal is DG208.
   */
  @Parameter(property = "digest.allowedHosts")
  private List<String> allowedHosts;

  /** The cache of link results between runs; {@code none} keeps no cache. */
  @Parameter(
      property = "digest.linkCacheFile",
      defaultValue = "${project.build.directory}/digest-link-cache.json")
  private String linkCacheFile;

  /** How long a cached result stays good: {@code 1d}, {@code 12h}, {@code 30m}. */
  @Parameter(property = "digest.linkCacheMaxAge", defaultValue = "1d")
  private String linkCacheMaxAge;

  /**
   * How long arXiv's record of a paper (title, version, authors) stays good in the link cache:
   * papers change rarely, so a re-run within it asks arXiv nothing.
   */
  @Parameter(property = "digest.arxivCacheMaxAge", defaultValue = "7d")
  private String arxivCacheMaxAge;

  /** How long one request may take until its response headers arrive. */
  @Parameter(property = "digest.linkTimeout", defaultValue = "20s")
  private String linkTimeout;

  /** How long connecting to a host may take. */
  @Parameter(property = "digest.linkConnectTimeout", defaultValue = "10s")
  private String linkConnectTimeout;

  /** How long the whole online check may take; what is left then is DG204. */
  @Parameter(property = "digest.linkCheckTimeout", defaultValue = "30m")
  private String linkCheckTimeout;

  /** Retries after a timeout, a reset connection, 408, 429 or 5xx, with exponential backoff. */
  @Parameter(property = "digest.maxRetries", defaultValue = "3")
  private int maxRetries;

  /** The first retry's delay; it doubles for each further retry, with jitter. */
  @Parameter(property = "digest.retryBackoff", defaultValue = "1s")
  private String retryBackoff;

  /** The longest {@code Retry-After} waited for; a longer one makes the link DG204 at once. */
  @Parameter(property = "digest.maxRetryAfter", defaultValue = "60s")
  private String maxRetryAfter;

  /** The most redirects followed before a link counts as broken. */
  @Parameter(property = "digest.maxRedirects", defaultValue = "10")
  private int maxRedirects;

  /** Minimum intervals between requests per host (covering subdomains): {@code arxiv.org=250ms}. */
  @Parameter(property = "digest.hostIntervals", defaultValue = LinkSettings.DEFAULT_HOST_INTERVALS)
  private List<String> hostIntervals;

  /** The arXiv API query URL that verifies arXiv links in batches. */
  @Parameter(property = "digest.arxivApiUrl", defaultValue = LinkSettings.DEFAULT_ARXIV_API)
  private String arxivApiUrl;

  /** How many arXiv ids one arXiv API request asks about. */
  @Parameter(property = "digest.arxivBatchSize", defaultValue = "100")
  private int arxivBatchSize;

  /** The pause between two arXiv API requests (arXiv asks for 3 seconds). */
  @Parameter(property = "digest.arxivInterval", defaultValue = "3s")
  private String arxivInterval;

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

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip()) {
      pluginLog().info("Skipping digest:" + goal() + " (digest.skip=true)");
      return;
    }
    long start = System.nanoTime();
    try {
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

  /** The settings of a run of this goal, with these gate and report parameters. */
  RunSettings runSettings(
      String violationSeverity,
      int maxAllowedViolations,
      List<String> formats,
      File baselineFile,
      String ratchetFrom,
      File outputDirectory,
      ReportOptions reportOptions)
      throws DigestRunException {
    Path root = checkedDirectory();
    CheckSettings check;
    try {
      check =
          CheckSettings.from(
              rules(),
              acceptedPaperUrls(),
              violationSeverity,
              maxAllowedViolations,
              formats,
              linkSettings(root));
    } catch (IllegalArgumentException e) {
      throw new DigestRunException("Invalid digest configuration: " + e.getMessage(), e);
    }
    return RunSettings.builder(root, check, reportOptions)
        .includes(includes())
        .excludes(excludes())
        .failIfNoFiles(failIfNoFiles())
        .resultCache(buildFiles(root).stateFile(incrementalCache, "digest-cache"))
        .baselineFile(baselineFile == null ? null : baselineFile.toPath(), true)
        .ratchetFrom(ratchetFrom)
        .reportFolder(buildFiles(root).folder(outputDirectory, "digest-reports"))
        .build();
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

  private BuildFiles buildFiles(Path root) {
    return new BuildFiles(root, startDirectory(), buildDirectory);
  }

  private LinkSettings linkSettings(Path root) {
    LinkSettingsBuilder builder = LinkSettings.builder().mode(links());
    if (mavenOffline && LinkMode.parse(links()) == LinkMode.ONLINE) {
      pluginLog().info("Maven is offline (-o): links are checked offline only");
      builder.mode(LinkMode.OFFLINE);
    }
    return builder
        .maxConcurrency(maxConcurrency)
        .maxConcurrencyPerHost(maxConcurrencyPerHost)
        .acceptedStatus(CheckSettings.splitAll(acceptedStatus))
        .linkIncludes(CheckSettings.splitAll(linkIncludes))
        .linkExcludes(CheckSettings.splitAll(linkExcludes))
        .linkRemaps(CheckSettings.splitAll(linkRemaps))
        .allowedHosts(CheckSettings.splitAll(allowedHosts))
        .linkCacheFile(buildFiles(root).stateFile(linkCacheFile, "digest-link-cache.json"))
        .linkCacheMaxAge(linkCacheMaxAge)
        .arxivCacheMaxAge(arxivCacheMaxAge)
        .linkTimeout(linkTimeout)
        .linkConnectTimeout(linkConnectTimeout)
        .linkCheckTimeout(linkCheckTimeout)
        .maxRetries(maxRetries)
        .retryBackoff(retryBackoff)
        .maxRetryAfter(maxRetryAfter)
        .maxRedirects(maxRedirects)
        .hostIntervals(CheckSettings.splitAll(hostIntervals))
        .arxivApiUrl(arxivApiUrl)
        .arxivBatchSize(arxivBatchSize)
        .arxivInterval(arxivInterval)
        .userAgent("digest-maven-plugin/" + PluginInfo.VERSION + " (link check)")
        .build();
  }

  /** Maven's log as the plugin's. */
  PluginLog pluginLog() {
    return MavenPluginLog.of(getLog());
  }
}
