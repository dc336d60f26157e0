package org.paperdigest.maven.links;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How links are checked, built once from the goal's parameters with {@link #builder()} and shared
 * read-only. Every setter throws {@link IllegalArgumentException} with a message that names the
 * parameter.
 */
public final class LinkSettings {

  /** arXiv allows about four requests a second from one client to its pages. */
  public static final String DEFAULT_HOST_INTERVALS = "arxiv.org=250ms";

  /** The arXiv API's query URL; arXiv asks its clients for one request every three seconds. */
  public static final String DEFAULT_ARXIV_API = "https://export.arxiv.org/api/query";

  private LinkMode mode = LinkMode.ONLINE;
  private int maxConcurrency = 64;
  private int maxConcurrencyPerHost = 8;
  private StatusPolicy status = StatusPolicy.parse(List.of());
  private List<Pattern> includes = List.of();
  private List<Pattern> excludes = List.of();
  private List<UrlRemap> remaps = List.of();
  private AddressPolicy addresses = AddressPolicy.parse(List.of());
  private Path cacheFile;
  private Duration cacheMaxAge = Duration.ofDays(1);
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration requestTimeout = Duration.ofSeconds(20);
  private Duration checkTimeout = Duration.ofMinutes(30);
  private int maxRetries = 3;
  private Duration retryBackoff = Duration.ofSeconds(1);
  private Duration maxRetryAfter = Duration.ofSeconds(60);
  private int maxRedirects = 10;
  private Map<HostPattern, Duration> hostIntervals = intervals(List.of(DEFAULT_HOST_INTERVALS));
  private URI arxivApi = URI.create(DEFAULT_ARXIV_API);
  private int arxivBatchSize = 100;
  private Duration arxivInterval = Duration.ofSeconds(3);
  private long maxBodyBytes = 64 * 1024;
  private Duration progressInterval = Duration.ofSeconds(5);
  private String userAgent = "digest-maven-plugin (link check; +https://github.com/paperdigest)";

  private LinkSettings() {}

  public static Builder builder() {
    return new LinkSettings().new Builder();
  }

  /** Items such as {@code arxiv.org=250ms}: a host (covering subdomains) and an interval. */
  private static Map<HostPattern, Duration> intervals(List<String> items) {
    Map<HostPattern, Duration> parsed = new LinkedHashMap<>();
    for (String item : items) {
      int eq = item.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("'" + item + "' must look like arxiv.org=250ms");
      }
      parsed.put(new HostPattern(item.substring(0, eq)), Durations.parse(item.substring(eq + 1)));
    }
    return parsed;
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

  AddressPolicy addresses() {
    return addresses;
  }

  Optional<Path> cacheFile() {
    return Optional.ofNullable(cacheFile);
  }

  Duration cacheMaxAge() {
    return cacheMaxAge;
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

  int maxRetries() {
    return maxRetries;
  }

  Duration retryBackoff() {
    return retryBackoff;
  }

  Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  int maxRedirects() {
    return maxRedirects;
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

  /**
   * The delay before retry number {@code retry} (1-based): exponential from {@code retryBackoff},
   * with equal jitter, half of the step fixed and half random.
   */
  Duration backoff(int retry) {
    long step = retryBackoff.toMillis() << Math.min(retry - 1, 16);
    long half = step / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
  }

  /** The minimum time between two requests to {@code host}; zero when none is set. */
  Duration intervalFor(String host) {
    return hostIntervals.entrySet().stream()
        .filter(e -> e.getKey().matches(host))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(Duration.ZERO);
  }

  /** Whether the URL is checked at all: it matches an include (if any) and no exclude. */
  boolean selects(String url) {
    if (!includes.isEmpty() && includes.stream().noneMatch(p -> p.matcher(url).find())) {
      return false;
    }
    return excludes.stream().noneMatch(p -> p.matcher(url).find());
  }

  /** The URL after the first remapping that matches. */
  String remap(String url) {
    for (UrlRemap remap : remaps) {
      String mapped = remap.apply(url);
      if (mapped != null) {
        return mapped;
      }
    }
    return url;
  }

  /** Sets the parts; {@link #build()} returns the finished settings. */
  public final class Builder {

    private Builder() {}

    public Builder mode(String value) {
      mode = named("links", () -> LinkMode.parse(value));
      return this;
    }

    public Builder mode(LinkMode value) {
      mode = value;
      return this;
    }

    public Builder maxConcurrency(int value) {
      maxConcurrency = positive("maxConcurrency", value);
      return this;
    }

    public Builder maxConcurrencyPerHost(int value) {
      maxConcurrencyPerHost = positive("maxConcurrencyPerHost", value);
      return this;
    }

    /** Items such as {@code 200..299}, {@code 403}, {@code www.linkedin.com:999}. */
    public Builder acceptedStatus(List<String> items) {
      status = named("acceptedStatus", () -> StatusPolicy.parse(items));
      return this;
    }

    public Builder linkIncludes(List<String> regexes) {
      includes = named("linkIncludes", () -> patterns(regexes));
      return this;
    }

    public Builder linkExcludes(List<String> regexes) {
      excludes = named("linkExcludes", () -> patterns(regexes));
      return this;
    }

    /** Items such as {@code ^https://example\.org/(.*) http://127.0.0.1:8080/$1}. */
    public Builder linkRemaps(List<String> items) {
      remaps = named("linkRemaps", () -> items.stream().map(UrlRemap::parse).toList());
      return this;
    }

    /** Host names, IP addresses or CIDR blocks that may be requested although internal. */
    public Builder allowedHosts(List<String> items) {
      addresses = named("allowedHosts", () -> AddressPolicy.parse(items));
      return this;
    }

    /** Where results are kept between runs; {@code null} keeps none. */
    public Builder linkCacheFile(Path file) {
      cacheFile = file;
      return this;
    }

    public Builder linkCacheMaxAge(String value) {
      cacheMaxAge = named("linkCacheMaxAge", () -> Durations.parse(value));
      return this;
    }

    public Builder linkTimeout(String value) {
      requestTimeout = nonZero("linkTimeout", value);
      return this;
    }

    public Builder linkConnectTimeout(String value) {
      connectTimeout = nonZero("linkConnectTimeout", value);
      return this;
    }

    public Builder linkCheckTimeout(String value) {
      checkTimeout = nonZero("linkCheckTimeout", value);
      return this;
    }

    public Builder maxRetries(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("maxRetries: must be 0 or more, not " + value);
      }
      maxRetries = value;
      return this;
    }

    /** The first retry's delay; each further retry doubles it, with jitter. */
    public Builder retryBackoff(String value) {
      retryBackoff = named("retryBackoff", () -> Durations.parse(value));
      return this;
    }

    public Builder maxRetryAfter(String value) {
      maxRetryAfter = named("maxRetryAfter", () -> Durations.parse(value));
      return this;
    }

    public Builder maxRedirects(int value) {
      maxRedirects = positive("maxRedirects", value);
      return this;
    }

    /**
     * Minimum intervals between requests per host, such as {@code arxiv.org=250ms}; they replace
     * the defaults.
     */
    public Builder hostIntervals(List<String> items) {
      hostIntervals = named("hostIntervals", () -> intervals(items));
      return this;
    }

    public Builder arxivApiUrl(String value) {
      arxivApi =
          named(
              "arxivApiUrl",
              () -> {
                URI uri = URI.create(value.strip());
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                  throw new IllegalArgumentException("'" + value + "' is not an http(s) URL");
                }
                return uri;
              });
      return this;
    }

    public Builder arxivBatchSize(int value) {
      arxivBatchSize = positive("arxivBatchSize", value);
      return this;
    }

    public Builder arxivInterval(String value) {
      arxivInterval = named("arxivInterval", () -> Durations.parse(value));
      return this;
    }

    public Builder maxBodyBytes(long value) {
      if (value < 0) {
        throw new IllegalArgumentException("maxBodyBytes: must be 0 or more");
      }
      maxBodyBytes = value;
      return this;
    }

    public Builder progressInterval(Duration value) {
      progressInterval = value;
      return this;
    }

    public Builder userAgent(String value) {
      userAgent = value;
      return this;
    }

    public LinkSettings build() {
      return LinkSettings.this;
    }
  }

  private static List<Pattern> patterns(List<String> regexes) {
    List<Pattern> compiled = new ArrayList<>();
    for (String regex : regexes) {
      try {
        compiled.add(Pattern.compile(regex));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "'" + regex + "' is not a regular expression: " + e.getDescription(), e);
      }
    }
    return List.copyOf(compiled);
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
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }
}
