package org.paperdigest.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.maven.internal.CheckRun;
import org.paperdigest.maven.internal.CheckSettings;
import org.paperdigest.maven.links.LinkLog;
import org.paperdigest.maven.links.LinkMode;
import org.paperdigest.maven.links.LinkSettings;

/**
 * What every digest goal shares beyond the files, rules and {@code skip} of {@link
 * DigestFilesMojo}: how links are checked, the caches, and running the check. A goal that runs the
 * check must run it the same way as {@code check}, or the findings (and so a baseline's identities)
 * would differ.
 */
abstract class AbstractDigestMojo extends DigestFilesMojo {

  /**
   * How far links are checked: {@code off}, {@code offline} (DG201, DG202, DG206, DG207) or {@code
   * online} (also DG203, DG204, DG205, DG208, DG116); Maven's offline mode means {@code offline}.
   */
  @Parameter(property = "digest.links", defaultValue = "online")
  private String links;

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

  /** Where Maven was started; the folder checked when there is no POM. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  private File executionRoot;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip()) {
      getLog().info("Skipping digest:" + goal() + " (digest.skip=true)");
      return;
    }
    long start = System.nanoTime();
    try {
      run();
    } finally {
      getLog()
          .info(
              String.format(
                  Locale.ROOT, "digest:%s took %.2f s", goal(), (System.nanoTime() - start) / 1e9));
    }
  }

  /** The goal's name, for the log. */
  abstract String goal();

  /** The goal itself; runs unless skipped. */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  /** The checked folder, absolute; without a POM, where Maven was started. */
  Path checkedDirectory() throws MojoExecutionException {
    File chosen = directory();
    if (chosen == null) {
      chosen = executionRoot != null ? executionRoot : new File(System.getProperty("user.dir"));
    }
    Path root = chosen.toPath().toAbsolutePath().normalize();
    if (!root.toFile().isDirectory()) {
      throw new MojoExecutionException("digest.directory " + root + " is not a directory");
    }
    return root;
  }

  /** The settings of a check with these gate and report parameters. */
  CheckSettings settings(
      Path root,
      String violationSeverity,
      int maxAllowedViolations,
      List<String> formats,
      boolean linksAsConfigured)
      throws MojoExecutionException {
    try {
      return CheckSettings.from(
          rules(),
          acceptedPaperUrls(),
          violationSeverity,
          maxAllowedViolations,
          formats,
          linkSettings(root, linksAsConfigured));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Invalid digest configuration: " + e.getMessage(), e);
    }
  }

  /** Files to check in {@code root}, sorted; fails the goal when the folder cannot be read. */
  List<Path> scan(Path root) throws MojoExecutionException {
    try {
      List<Path> files = CheckRun.scan(root, includes(), excludes());
      if (files.isEmpty()) {
        getLog()
            .warn(
                "No digest files in "
                    + root
                    + " match includes "
                    + includes()
                    + " (excludes "
                    + excludes()
                    + ")");
      }
      return files;
    } catch (java.io.IOException e) {
      throw new MojoExecutionException(
          "Cannot list the digest files of " + root + ": " + e.getMessage(), e);
    }
  }

  /** Runs the check of {@code files}; see {@link CheckRun#check}. */
  CheckResult check(Path root, List<Path> files, CheckSettings settings, Predicate<String> inScope)
      throws MojoExecutionException {
    try {
      return CheckRun.check(
          root,
          files,
          settings,
          inScope,
          mavenLog(),
          BuildFiles.stateFile(incrementalCache, root, "digest-cache"));
    } catch (RuntimeException e) {
      throw new MojoExecutionException("The digest check could not run: " + e.getMessage(), e);
    }
  }

  private LinkSettings linkSettings(Path root, boolean asConfigured) {
    LinkSettings.Builder builder = LinkSettings.builder().mode(links);
    if (!asConfigured && LinkMode.parse(links) == LinkMode.ONLINE) {
      builder.mode(LinkMode.OFFLINE);
    } else if (mavenOffline && LinkMode.parse(links) == LinkMode.ONLINE) {
      getLog().info("Maven is offline (-o): links are checked offline only");
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
        .linkCacheFile(BuildFiles.stateFile(linkCacheFile, root, "digest-link-cache.json"))
        .linkCacheMaxAge(linkCacheMaxAge)
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
        .userAgent("digest-maven-plugin/" + CheckRun.toolVersion() + " (link check)")
        .build();
  }

  LinkLog mavenLog() {
    return linkLog(getLog());
  }

  /** Maven's log as the link checker's. */
  static LinkLog linkLog(Log log) {
    return new LinkLog() {
      @Override
      public void info(String message) {
        log.info(message);
      }

      @Override
      public void warn(String message) {
        log.warn(message);
      }
    };
  }
}
