package org.paperdigest.maven;

import org.apache.maven.plugins.annotations.Parameter;
import org.paperdigest.maven.links.settings.LinkDefaults;
import org.paperdigest.maven.links.settings.LinkSettingsBuilder;

/**
 * A goal that asks arXiv about the papers, when its links are online: the arXiv API, the link cache
 * that keeps arXiv's records between runs (and the link results it shares with {@code check}), and
 * how long a request and the whole run may take. {@code fix} repairs author lists from here; {@link
 * LinkCheckingMojo} adds what checking every other link takes.
 */
abstract class ArxivMojo extends CheckingMojo {

  /** The arXiv API query URL that looks papers up in batches. */
  @Parameter(property = "digest.arxivApiUrl", defaultValue = LinkDefaults.ARXIV_API_URL)
  private String arxivApiUrl;

  /** How many arXiv ids one arXiv API request asks about. */
  @Parameter(property = "digest.arxivBatchSize", defaultValue = LinkDefaults.ARXIV_BATCH_SIZE)
  private int arxivBatchSize;

  /** The pause between two arXiv API requests (arXiv asks for 3 seconds). */
  @Parameter(property = "digest.arxivInterval", defaultValue = LinkDefaults.ARXIV_INTERVAL)
  private String arxivInterval;

  /**
   * How long arXiv's record of a paper (title, version, authors) stays good in the link cache:
   * papers change rarely, so a re-run within it asks arXiv nothing.
   */
  @Parameter(property = "digest.arxivCacheMaxAge", defaultValue = LinkDefaults.ARXIV_CACHE_MAX_AGE)
  private String arxivCacheMaxAge;

  /** The cache of link results and arXiv's records between runs; {@code none} keeps no cache. */
  @Parameter(property = "digest.linkCacheFile", defaultValue = LinkDefaults.LINK_CACHE_FILE)
  private String linkCacheFile;

  /**
   * How long a cached link result stays good: {@code 1d}, {@code 12h}, {@code 30m}. {@code fix}
   * keeps the results of the cache it shares with {@code check} by it.
   */
  @Parameter(property = "digest.linkCacheMaxAge", defaultValue = LinkDefaults.LINK_CACHE_MAX_AGE)
  private String linkCacheMaxAge;

  /** How long one request may take, from sending it to the last byte read of its answer. */
  @Parameter(property = "digest.linkTimeout", defaultValue = LinkDefaults.LINK_TIMEOUT)
  private String linkTimeout;

  /** How long connecting to a host may take. */
  @Parameter(
      property = "digest.linkConnectTimeout",
      defaultValue = LinkDefaults.LINK_CONNECT_TIMEOUT)
  private String linkConnectTimeout;

  /** How long the whole online check may take; what is left then is DG204. */
  @Parameter(property = "digest.linkCheckTimeout", defaultValue = LinkDefaults.LINK_CHECK_TIMEOUT)
  private String linkCheckTimeout;

  /** Retries after a timeout, a reset connection, 408, 429 or 5xx, with exponential backoff. */
  @Parameter(property = "digest.maxRetries", defaultValue = LinkDefaults.MAX_RETRIES)
  private int maxRetries;

  /** The first retry's delay; it doubles for each further retry, with jitter. */
  @Parameter(property = "digest.retryBackoff", defaultValue = LinkDefaults.RETRY_BACKOFF)
  private String retryBackoff;

  /** The longest {@code Retry-After} waited for; a longer one makes the link DG204 at once. */
  @Parameter(property = "digest.maxRetryAfter", defaultValue = LinkDefaults.MAX_RETRY_AFTER)
  private String maxRetryAfter;

  @Override
  void linkParameters(LinkSettingsBuilder builder, BuildFiles files) {
    builder
        .arxivApiUrl(arxivApiUrl)
        .arxivBatchSize(arxivBatchSize)
        .arxivInterval(arxivInterval)
        .arxivCacheMaxAge(arxivCacheMaxAge)
        .linkCacheFile(files.stateFile(linkCacheFile, LinkDefaults.LINK_CACHE_FILE_NAME))
        .linkCacheMaxAge(linkCacheMaxAge)
        .linkTimeout(linkTimeout)
        .linkConnectTimeout(linkConnectTimeout)
        .linkCheckTimeout(linkCheckTimeout)
        .maxRetries(maxRetries)
        .retryBackoff(retryBackoff)
        .maxRetryAfter(maxRetryAfter);
  }
}
