package org.paperdigest.maven.links;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How links are checked: an immutable value, built once from the goal's parameters with {@link
 * #builder()} and shared across threads. {@link LinkSettingsBuilder#build()} checks every part and
 * throws {@link IllegalArgumentException} with a message that names the parameter.
 */
public final class LinkSettings {

  /** arXiv allows about four requests a second from one client to its pages. */
  public static final String DEFAULT_HOST_INTERVALS = "arxiv.org=250ms";

  /** The arXiv API's query URL; arXiv asks its clients for one request every three seconds. */
  public static final String DEFAULT_ARXIV_API = "https://export.arxiv.org/api/query";

  private final LinkMode mode;
  private final int maxConcurrency;
  private final int maxConcurrencyPerHost;
  private final StatusPolicy status;
  private final LinkSelection selection;
  private final UrlRemaps remaps;
  private final AddressPolicy addresses;
  private final Path cacheFile;
  private final Duration cacheMaxAge;
  private final Duration paperCacheMaxAge;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final Duration checkTimeout;
  private final RetryPolicy retry;
  private final int maxRedirects;
  private final HostIntervals intervals;
  private final URI arxivApi;
  private final int arxivBatchSize;
  private final Duration arxivInterval;
  private final long maxBodyBytes;
  private final Duration progressInterval;
  private final String userAgent;

  LinkSettings(LinkSettingsBuilder b) {
    mode = named("links", () -> LinkMode.parse(b.mode));
    maxConcurrency = positive("maxConcurrency", b.maxConcurrency);
    maxConcurrencyPerHost = positive("maxConcurrencyPerHost", b.maxConcurrencyPerHost);
    status = named("acceptedStatus", () -> StatusPolicy.parse(b.acceptedStatus));
    selection = new LinkSelection(b.linkIncludes, b.linkExcludes);
    remaps = named("linkRemaps", () -> UrlRemaps.parse(b.linkRemaps));
    addresses = named("allowedHosts", () -> AddressPolicy.parse(b.allowedHosts));
    cacheFile = b.linkCacheFile;
    cacheMaxAge = named("linkCacheMaxAge", () -> Durations.parse(b.linkCacheMaxAge));
    paperCacheMaxAge = named("arxivCacheMaxAge", () -> Durations.parse(b.arxivCacheMaxAge));
    requestTimeout = nonZero("linkTimeout", b.linkTimeout);
    connectTimeout = nonZero("linkConnectTimeout", b.linkConnectTimeout);
    checkTimeout = nonZero("linkCheckTimeout", b.linkCheckTimeout);
    retry =
        named(
            "maxRetries",
            () ->
                new RetryPolicy(
                    b.maxRetries,
                    named("retryBackoff", () -> Durations.parse(b.retryBackoff)),
                    named("maxRetryAfter", () -> Durations.parse(b.maxRetryAfter))));
    maxRedirects = positive("maxRedirects", b.maxRedirects);
    intervals = named("hostIntervals", () -> HostIntervals.parse(b.hostIntervals));
    arxivApi = named("arxivApiUrl", () -> httpUri(b.arxivApiUrl));
    arxivBatchSize = positive("arxivBatchSize", b.arxivBatchSize);
    arxivInterval = named("arxivInterval", () -> Durations.parse(b.arxivInterval));
    if (b.maxBodyBytes < 0) {
      throw new IllegalArgumentException("maxBodyBytes: must be 0 or more");
    }
    maxBodyBytes = b.maxBodyBytes;
    progressInterval = b.progressInterval;
    userAgent = b.userAgent;
  }

  /** A builder with every parameter at its default. */
  public static LinkSettingsBuilder builder() {
    return new LinkSettingsBuilder();
  }

  public LinkMode mode() {
    return mode;
  }

  int maxConcurrency() {
    return maxConcurrency;
  }

  int maxConcurrencyPerHost() {
    return maxConcurrencyPerHost;
  }

  StatusPolicy status() {
    return status;
  }

  LinkSelection selection() {
    return selection;
  }

  UrlRemaps remaps() {
    return remaps;
  }

  AddressPolicy addresses() {
    return addresses;
  }

  Optional<Path> cacheFile() {
    return Optional.ofNullable(cacheFile);
  }

  Duration cacheMaxAge() {
    return cacheMaxAge;
  }

  /** How long arXiv's record of a paper stays good in the cache. */
  Duration paperCacheMaxAge() {
    return paperCacheMaxAge;
  }

  Duration connectTimeout() {
    return connectTimeout;
  }

  Duration requestTimeout() {
    return requestTimeout;
  }

  Duration checkTimeout() {
    return checkTimeout;
  }

  RetryPolicy retry() {
    return retry;
  }

  int maxRedirects() {
    return maxRedirects;
  }

  HostIntervals intervals() {
    return intervals;
  }

  URI arxivApi() {
    return arxivApi;
  }

  int arxivBatchSize() {
    return arxivBatchSize;
  }

  Duration arxivInterval() {
    return arxivInterval;
  }

  long maxBodyBytes() {
    return maxBodyBytes;
  }

  Duration progressInterval() {
    return progressInterval;
  }

  String userAgent() {
    return userAgent;
  }

  private static URI httpUri(String value) {
    URI uri = URI.create(value.strip());
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw new IllegalArgumentException("'" + value + "' is not an http(s) URL");
    }
    return uri;
  }

  private static int positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + ": must be 1 or more, not " + value);
    }
    return value;
  }

  private static Duration nonZero(String name, String value) {
    Duration duration = named(name, () -> Durations.parse(value));
    if (duration.isZero()) {
      throw new IllegalArgumentException(name + ": must be longer than zero");
    }
    return duration;
  }

  private static <T> T named(String name, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      throw new IllegalArgumentException(
          message.startsWith(name + ":") || message.matches("^\\w+: .*")
              ? message
              : name + ": " + message,
          e);
    }
  }
}
