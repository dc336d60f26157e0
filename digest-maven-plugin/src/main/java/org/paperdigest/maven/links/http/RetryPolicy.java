package org.paperdigest.maven.links.http;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * When a request is asked again, and how long to wait first: the one policy of every request the
 * link check makes (pages and the arXiv API alike). A status that a later request may answer
 * otherwise, a timeout or a broken connection is retried up to {@code maxRetries} times. The wait
 * before a retry is the larger of what the server asks ({@code Retry-After}, {@code
 * X-RateLimit-Reset}, {@code RateLimit-Reset}) and an exponential backoff with jitter; a server
 * that asks for longer than {@code maxWait} is not waited for, and the link stays undecided.
 * Immutable.
 */
public final class RetryPolicy {

  /** Statuses a later request may answer otherwise: asked again. */
  static final Set<Integer> RETRIED = Set.of(408, 425, 429, 500, 502, 503, 504);

  /**
   * Of those, the ones that leave a link undecided (DG204) when they stay: the server is busy,
   * limits the rate or is away, which says nothing of the page. A 500 that stays is an answer.
   */
  static final Set<Integer> UNDECIDED = Set.of(408, 425, 429, 502, 503, 504);

  private final int maxRetries;
  private final Duration backoff;
  private final Duration maxWait;

  public RetryPolicy(int maxRetries, Duration backoff, Duration maxWait) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries: must be 0 or more, not " + maxRetries);
    }
    this.maxRetries = maxRetries;
    this.backoff = backoff;
    this.maxWait = maxWait;
  }

  public int maxRetries() {
    return maxRetries;
  }

  Duration maxWait() {
    return maxWait;
  }

  /** Whether a request answered {@code status} is asked again (while retries are left). */
  public boolean retries(int status) {
    return RETRIED.contains(status);
  }

  /** Whether {@code status}, still answered after the retries, leaves the link undecided. */
  boolean leavesUndecided(int status) {
    return UNDECIDED.contains(status);
  }

  /**
   * The wait before retry number {@code retry} (1-based), for a server that asked for {@code
   * asked}: the larger of that and the backoff; empty when the server asked for longer than the
   * longest wait, so the request is not retried.
   */
  public Optional<Duration> waitBefore(int retry, Optional<Duration> asked) {
    if (asked.isPresent() && asked.get().compareTo(maxWait) > 0) {
      return Optional.empty();
    }
    Duration backoffDelay = backoff(retry);
    return Optional.of(asked.filter(a -> a.compareTo(backoffDelay) > 0).orElse(backoffDelay));
  }

  /**
   * The backoff before retry number {@code retry} (1-based): exponential from the first delay, with
   * equal jitter (half of the step fixed, half random), at most the longest wait.
   */
  Duration backoff(int retry) {
    long step = Math.min(backoff.toMillis() << Math.min(retry - 1, 16), maxWait.toMillis());
    long half = step / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
  }

  /**
   * How long a server asks to wait before it is asked again, from the headers {@code header} gives:
   * the longest of {@code Retry-After} (seconds or an HTTP date), {@code X-RateLimit-Reset}
   * (seconds to wait, or the Unix time when the limit resets) and {@code RateLimit-Reset}
   * (seconds).
   */
  public static Optional<Duration> asked(Function<String, Optional<String>> header, Instant now) {
    Optional<Duration> longest = header.apply("Retry-After").flatMap(v -> RetryAfter.parse(v, now));
    for (String name : List.of("X-RateLimit-Reset", "RateLimit-Reset")) {
      Optional<Duration> reset = header.apply(name).flatMap(v -> reset(v, now));
      if (reset.isPresent() && (longest.isEmpty() || reset.get().compareTo(longest.get()) > 0)) {
        longest = reset;
      }
    }
    return longest;
  }

  /** A rate limit's reset: seconds to wait, or (past a billion) the Unix time of the reset. */
  private static Optional<Duration> reset(String value, Instant now) {
    String text = value.strip();
    if (!text.matches("\\d{1,12}")) {
      return Optional.empty();
    }
    long number = Long.parseLong(text);
    if (number < 1_000_000_000L) {
      return Optional.of(Duration.ofSeconds(number));
    }
    Duration left = Duration.between(now, Instant.ofEpochSecond(number));
    return Optional.of(left.isNegative() ? Duration.ZERO : left);
  }

  /** The statuses that leave a link undecided, as a sentence lists them: "408, 425 or 504". */
  static String undecidedStatuses() {
    List<String> codes = new TreeSet<>(UNDECIDED).stream().map(String::valueOf).toList();
    return codes.subList(0, codes.size() - 1).stream().collect(Collectors.joining(", "))
        + " or "
        + codes.get(codes.size() - 1);
  }
}
