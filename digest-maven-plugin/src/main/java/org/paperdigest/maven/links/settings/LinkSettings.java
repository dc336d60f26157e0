package org.paperdigest.maven.links.settings;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.paperdigest.maven.links.arxiv.ArxivSettings;
import org.paperdigest.maven.links.http.AddressPolicy;
import org.paperdigest.maven.links.http.Durations;
import org.paperdigest.maven.links.http.HostIntervals;
import org.paperdigest.maven.links.http.HttpSettings;
import org.paperdigest.maven.links.http.RetryPolicy;
import org.paperdigest.maven.links.http.StatusPolicy;

/**
 * How links are checked: an immutable value, built once from the goal's parameters with {@link
 * #builder()} and shared across threads. {@link LinkSettingsBuilder#build()} checks every part and
 * throws {@link IllegalArgumentException} with a message that names the parameter.
 */
public final class LinkSettings {

  private final LinkMode mode;
  private final LinkSelection selection;
  private final UrlRemaps remaps;
  private final Path cacheFile;
  private final Duration cacheMaxAge;
  private final Duration paperCacheMaxAge;
  private final Duration checkTimeout;
  private final Duration progressInterval;
  private final HttpSettings http;
  private final ArxivSettings arxiv;

  LinkSettings(LinkSettingsBuilder b) {
    mode = named("links", () -> LinkMode.parse(b.mode));
    selection = new LinkSelection(b.linkIncludes, b.linkExcludes);
    remaps = named("linkRemaps", () -> UrlRemaps.parse(b.linkRemaps));
    cacheFile = b.linkCacheFile;
    cacheMaxAge = named("linkCacheMaxAge", () -> Durations.parse(b.linkCacheMaxAge));
    paperCacheMaxAge = named("arxivCacheMaxAge", () -> Durations.parse(b.arxivCacheMaxAge));
    checkTimeout = nonZero("linkCheckTimeout", b.linkCheckTimeout);
    progressInterval = b.progressInterval;
    if (b.maxBodyBytes < 0) {
      throw new IllegalArgumentException("maxBodyBytes: must be 0 or more");
    }
    RetryPolicy retry =
        named(
            "maxRetries",
            () ->
                new RetryPolicy(
                    b.maxRetries,
                    named("retryBackoff", () -> Durations.parse(b.retryBackoff)),
                    named("maxRetryAfter", () -> Durations.parse(b.maxRetryAfter))));
    http =
        new HttpSettings(
            nonZero("linkConnectTimeout", b.linkConnectTimeout),
            nonZero("linkTimeout", b.linkTimeout),
            positive("maxConcurrency", b.maxConcurrency),
            positive("maxConcurrencyPerHost", b.maxConcurrencyPerHost),
            named("hostIntervals", () -> HostIntervals.parse(b.hostIntervals)),
            named("acceptedStatus", () -> StatusPolicy.parse(b.acceptedStatus)),
            named("allowedHosts", () -> AddressPolicy.parse(b.allowedHosts)),
            retry,
            positive("maxRedirects", b.maxRedirects),
            b.maxBodyBytes,
            b.userAgent);
    arxiv =
        new ArxivSettings(
            named("arxivApiUrl", () -> httpUri(b.arxivApiUrl)),
            positive("arxivBatchSize", b.arxivBatchSize),
            named("arxivInterval", () -> Durations.parse(b.arxivInterval)));
  }

  /** A builder with every parameter at its default. */
  public static LinkSettingsBuilder builder() {
    return new LinkSettingsBuilder();
  }

  /** How far links are checked. */
  public LinkMode mode() {
    return mode;
  }

  /** Which links are checked online. */
  public LinkSelection selection() {
    return selection;
  }

  /** The rewrites of a URL before it is requested. */
  public UrlRemaps remaps() {
    return remaps;
  }

  /** The link cache's file; none keeps no cache. */
  public Optional<Path> cacheFile() {
    return Optional.ofNullable(cacheFile);
  }

  /** How long a cached link result stays good. */
  public Duration cacheMaxAge() {
    return cacheMaxAge;
  }

  /** How long arXiv's record of a paper stays good in the cache. */
  public Duration paperCacheMaxAge() {
    return paperCacheMaxAge;
  }

  /** How long the whole online check may take. */
  public Duration checkTimeout() {
    return checkTimeout;
  }

  /** How often a long check says how far it is. */
  public Duration progressInterval() {
    return progressInterval;
  }

  /** How URLs are requested. */
  public HttpSettings http() {
    return http;
  }

  /** How the arXiv API is asked. */
  public ArxivSettings arxiv() {
    return arxiv;
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
