package org.paperdigest.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;
import org.paperdigest.maven.links.settings.LinkDefaults;
import org.paperdigest.maven.links.settings.LinkSettingsBuilder;
import org.paperdigest.maven.service.CheckSettings;

/**
 * A goal that checks every link online, not only arXiv's papers ({@code check}, {@code baseline}):
 * which links, how many requests at once and how far apart, which answers count as working, and
 * which internal hosts may be asked.
 */
abstract class LinkCheckingMojo extends ArxivMojo {

  /** The most link requests in flight at once. */
  @Parameter(property = "digest.maxConcurrency", defaultValue = LinkDefaults.MAX_CONCURRENCY)
  private int maxConcurrency;

  /** The most link requests in flight at once to one host. */
  @Parameter(
      property = "digest.maxConcurrencyPerHost",
      defaultValue = LinkDefaults.MAX_CONCURRENCY_PER_HOST)
  private int maxConcurrencyPerHost;

  /**
   * Final statuses that mean a link works: codes and ranges, and per-host sets that replace them
   * for a host: {@code 200..299,403,www.linkedin.com:999}.
   */
  @Parameter(property = "digest.acceptedStatus", defaultValue = LinkDefaults.ACCEPTED_STATUS)
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

  /** The most redirects followed before a link counts as broken. */
  @Parameter(property = "digest.maxRedirects", defaultValue = LinkDefaults.MAX_REDIRECTS)
  private int maxRedirects;

  /** Minimum intervals between requests per host (covering subdomains): {@code arxiv.org=250ms}. */
  @Parameter(property = "digest.hostIntervals", defaultValue = LinkDefaults.HOST_INTERVALS)
  private List<String> hostIntervals;

  @Override
  void linkParameters(LinkSettingsBuilder builder, BuildFiles files) {
    super.linkParameters(builder, files);
    builder
        .maxConcurrency(maxConcurrency)
        .maxConcurrencyPerHost(maxConcurrencyPerHost)
        .acceptedStatus(CheckSettings.splitAll(acceptedStatus))
        .linkIncludes(CheckSettings.splitAll(linkIncludes))
        .linkExcludes(CheckSettings.splitAll(linkExcludes))
        .linkRemaps(CheckSettings.splitAll(linkRemaps))
        .allowedHosts(CheckSettings.splitAll(allowedHosts))
        .maxRedirects(maxRedirects)
        .hostIntervals(CheckSettings.splitAll(hostIntervals));
  }
}
