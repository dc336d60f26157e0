package org.paperdigest.maven.links.settings;

import org.paperdigest.maven.links.http.StatusPolicy;

/**
 * Every link parameter's default, stated once: the goals' {@code @Parameter} annotations name these
 * constants, and {@link LinkSettingsBuilder} starts from them, so a goal and a test that builds
 * settings by hand cannot disagree.
 */
public final class LinkDefaults {

  /** The most link requests in flight at once. */
  public static final String MAX_CONCURRENCY = "64";

  /** The most link requests in flight at once to one host. */
  public static final String MAX_CONCURRENCY_PER_HOST = "8";

  /** Final statuses that mean a link works. */
  public static final String ACCEPTED_STATUS = StatusPolicy.DEFAULT;

  /** The link cache's file name in the build directory. */
  public static final String LINK_CACHE_FILE_NAME = "digest-link-cache.json";

  /** The link cache's file: link results and arXiv's records between runs. */
  public static final String LINK_CACHE_FILE = "${project.build.directory}/" + LINK_CACHE_FILE_NAME;

  /** How long a cached link result stays good. */
  public static final String LINK_CACHE_MAX_AGE = "1d";

  /** How long arXiv's record of a paper stays good in the cache. */
  public static final String ARXIV_CACHE_MAX_AGE = "7d";

  /** How long one request may take, from sending it to the last byte read of its answer. */
  public static final String LINK_TIMEOUT = "20s";

  /** How long connecting to a host may take. */
  public static final String LINK_CONNECT_TIMEOUT = "10s";

  /** How long the whole online check may take. */
  public static final String LINK_CHECK_TIMEOUT = "30m";

  /** Retries after a timeout, a reset connection, 408, 429 or 5xx. */
  public static final String MAX_RETRIES = "3";

  /** The first retry's delay. */
  public static final String RETRY_BACKOFF = "1s";

  /** The longest {@code Retry-After} waited for. */
  public static final String MAX_RETRY_AFTER = "60s";

  /** The most redirects followed. */
  public static final String MAX_REDIRECTS = "10";

  /** arXiv allows about four requests a second from one client to its pages. */
  public static final String HOST_INTERVALS = "arxiv.org=250ms";

  /** The arXiv API's query URL. */
  public static final String ARXIV_API_URL = "https://export.arxiv.org/api/query";

  /** How many arXiv ids one API request asks about. */
  public static final String ARXIV_BATCH_SIZE = "100";

  /** The pause between two arXiv API requests: arXiv asks its clients for three seconds. */
  public static final String ARXIV_INTERVAL = "3s";

  private LinkDefaults() {}
}
