package org.paperdigest.maven.links.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Collects the parameters as the goal gives them; {@link #build()} checks them and makes the
 * settings. A builder is not shared; the settings it builds are.
 */
public final class LinkSettingsBuilder {
  String mode = "online";
  int maxConcurrency = Integer.parseInt(LinkDefaults.MAX_CONCURRENCY);
  int maxConcurrencyPerHost = Integer.parseInt(LinkDefaults.MAX_CONCURRENCY_PER_HOST);
  List<String> acceptedStatus = List.of(LinkDefaults.ACCEPTED_STATUS);
  List<String> linkIncludes = List.of();
  List<String> linkExcludes = List.of();
  List<String> linkRemaps = List.of();
  List<String> allowedHosts = List.of();
  Path linkCacheFile;
  String linkCacheMaxAge = LinkDefaults.LINK_CACHE_MAX_AGE;
  String arxivCacheMaxAge = LinkDefaults.ARXIV_CACHE_MAX_AGE;
  String linkTimeout = LinkDefaults.LINK_TIMEOUT;
  String linkConnectTimeout = LinkDefaults.LINK_CONNECT_TIMEOUT;
  String linkCheckTimeout = LinkDefaults.LINK_CHECK_TIMEOUT;
  int maxRetries = Integer.parseInt(LinkDefaults.MAX_RETRIES);
  String retryBackoff = LinkDefaults.RETRY_BACKOFF;
  String maxRetryAfter = LinkDefaults.MAX_RETRY_AFTER;
  int maxRedirects = Integer.parseInt(LinkDefaults.MAX_REDIRECTS);
  List<String> hostIntervals = List.of(LinkDefaults.HOST_INTERVALS);
  String arxivApiUrl = LinkDefaults.ARXIV_API_URL;
  int arxivBatchSize = Integer.parseInt(LinkDefaults.ARXIV_BATCH_SIZE);
  String arxivInterval = LinkDefaults.ARXIV_INTERVAL;
  long maxBodyBytes = 64 * 1024;
  Duration progressInterval = Duration.ofSeconds(5);
  String userAgent = "digest-maven-plugin (link check; +https://github.com/paperdigest)";

  LinkSettingsBuilder() {}

  public LinkSettingsBuilder mode(String value) {
    mode = value;
    return this;
  }

  public LinkSettingsBuilder mode(LinkMode value) {
    mode = value.name();
    return this;
  }

  public LinkSettingsBuilder maxConcurrency(int value) {
    maxConcurrency = value;
    return this;
  }

  public LinkSettingsBuilder maxConcurrencyPerHost(int value) {
    maxConcurrencyPerHost = value;
    return this;
  }

  /** Items such as {@code 200..299}, {@code 403}, {@code www.linkedin.com:999}. */
  public LinkSettingsBuilder acceptedStatus(List<String> items) {
    acceptedStatus = List.copyOf(items);
    return this;
  }

  public LinkSettingsBuilder linkIncludes(List<String> regexes) {
    linkIncludes = List.copyOf(regexes);
    return this;
  }

  public LinkSettingsBuilder linkExcludes(List<String> regexes) {
    linkExcludes = List.copyOf(regexes);
    return this;
  }

  /** Items such as {@code ^https://example\.org/(.*) http://127.0.0.1:8080/$1}. */
  public LinkSettingsBuilder linkRemaps(List<String> items) {
    linkRemaps = List.copyOf(items);
    return this;
  }

  /** Host names, IP addresses or CIDR blocks that may be requested although internal. */
  public LinkSettingsBuilder allowedHosts(List<String> items) {
    allowedHosts = List.copyOf(items);
    return this;
  }

  /** Where results are kept between runs; {@code null} keeps none. */
  public LinkSettingsBuilder linkCacheFile(Path file) {
    linkCacheFile = file;
    return this;
  }

  public LinkSettingsBuilder linkCacheMaxAge(String value) {
    linkCacheMaxAge = value;
    return this;
  }

  public LinkSettingsBuilder linkTimeout(String value) {
    linkTimeout = value;
    return this;
  }

  public LinkSettingsBuilder linkConnectTimeout(String value) {
    linkConnectTimeout = value;
    return this;
  }

  public LinkSettingsBuilder linkCheckTimeout(String value) {
    linkCheckTimeout = value;
    return this;
  }

  public LinkSettingsBuilder maxRetries(int value) {
    maxRetries = value;
    return this;
  }

  /** The first retry's delay; each further retry doubles it, with jitter. */
  public LinkSettingsBuilder retryBackoff(String value) {
    retryBackoff = value;
    return this;
  }

  public LinkSettingsBuilder maxRetryAfter(String value) {
    maxRetryAfter = value;
    return this;
  }

  public LinkSettingsBuilder maxRedirects(int value) {
    maxRedirects = value;
    return this;
  }

  /** Least intervals per host, such as {@code arxiv.org=250ms}; they replace the default. */
  public LinkSettingsBuilder hostIntervals(List<String> items) {
    hostIntervals = List.copyOf(items);
    return this;
  }

  /** How long arXiv's record of a paper stays good in the link cache. */
  public LinkSettingsBuilder arxivCacheMaxAge(String value) {
    arxivCacheMaxAge = value;
    return this;
  }

  public LinkSettingsBuilder arxivApiUrl(String value) {
    arxivApiUrl = value;
    return this;
  }

  public LinkSettingsBuilder arxivBatchSize(int value) {
    arxivBatchSize = value;
    return this;
  }

  public LinkSettingsBuilder arxivInterval(String value) {
    arxivInterval = value;
    return this;
  }

  public LinkSettingsBuilder maxBodyBytes(long value) {
    maxBodyBytes = value;
    return this;
  }

  public LinkSettingsBuilder progressInterval(Duration value) {
    progressInterval = value;
    return this;
  }

  public LinkSettingsBuilder userAgent(String value) {
    userAgent = value;
    return this;
  }

  /** The settings; throws {@link IllegalArgumentException} naming a parameter it cannot use. */
  public LinkSettings build() {
    return new LinkSettings(this);
  }
}
