package org.paperdigest.maven.links.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.paperdigest.maven.links.http.LinkOutcome.Verdict;

/**
 * Checks one URL over HTTP: HEAD first and GET when HEAD is refused, redirects followed here with
 * the chain recorded ({@link Redirects}), retries as {@link RetryPolicy} says (a server's wait
 * honoured for its whole host), bot walls told apart ({@link BotWall}), and every hop's addresses
 * vetted before it is requested.
 */
public final class UrlChecker {

  private final HttpSettings settings;
  private final LinkHttpClient client;
  private final RequestScheduler scheduler;
  private final HostResolver resolver;
  private final NetworkHealth health;
  private final ScheduledExecutorService timer;
  private final Set<String> headRefused = ConcurrentHashMap.newKeySet();

  public UrlChecker(
      HttpSettings settings,
      LinkHttpClient client,
      RequestScheduler scheduler,
      HostResolver resolver,
      NetworkHealth health,
      ScheduledExecutorService timer) {
    this.settings = settings;
    this.client = client;
    this.scheduler = scheduler;
    this.resolver = resolver;
    this.health = health;
    this.timer = timer;
  }

  /** The state of one URL's check. */
  private final class Attempt {
    final Redirects redirects;
    final CompletableFuture<LinkOutcome> result = new CompletableFuture<>();
    URI current;
    boolean useGet;
    int retriesDone;

    Attempt(URI original) {
      this.redirects = new Redirects(original, settings.maxRedirects());
      this.current = original;
    }

    void finish(LinkOutcome outcome) {
      result.complete(outcome);
    }

    String attempts() {
      return " after " + (retriesDone + 1) + " attempts";
    }
  }

  public CompletableFuture<LinkOutcome> check(URI uri) {
    Attempt attempt = new Attempt(uri);
    hop(attempt);
    return attempt.result;
  }

  private void hop(Attempt a) {
    if (health.isAbsent()) {
      a.finish(LinkOutcome.of(Verdict.UNREACHABLE, 0, "not requested: no network"));
      return;
    }
    String host = a.current.getHost().toLowerCase(Locale.ROOT);
    resolver
        .resolve(host)
        .whenComplete(
            (resolution, error) -> {
              if (error != null || !resolution.resolved()) {
                health.failed(host);
                a.finish(
                    LinkOutcome.of(Verdict.UNRESOLVED, 0, "host " + host + " does not resolve"));
                return;
              }
              Optional<InetAddress> internal =
                  settings.addresses().allowsHost(host)
                      ? Optional.empty()
                      : resolution.addresses().stream()
                          .filter(address -> !settings.addresses().allowsAddress(address))
                          .findFirst();
              if (internal.isPresent()) {
                a.finish(
                    LinkOutcome.of(Verdict.BLOCKED, 0, blockedDetail(a, host, internal.get())));
                return;
              }
              send(a, host);
            });
  }

  private static String blockedDetail(Attempt a, String host, InetAddress address) {
    String where =
        AddressPolicy.isIpLiteral(host) ? host : host + " (" + address.getHostAddress() + ")";
    String what = "an internal address, not requested; allow it with allowedHosts if it is meant";
    return a.redirects.any()
        ? "redirects to " + a.current + ", whose host " + where + " is " + what
        : "the host " + where + " is " + what;
  }

  private void send(Attempt a, String host) {
    boolean head = !a.useGet && !headRefused.contains(host);
    URI target = a.current;
    scheduler
        .submit(host, () -> client.probe(target, head))
        .whenComplete(
            (probe, error) -> {
              try {
                handle(a, host, head, error != null ? Probe.failed(error) : probe);
              } catch (RuntimeException e) {
                a.finish(LinkOutcome.of(Verdict.UNDECIDED, 0, "the check failed: " + e));
              }
            });
  }

  private void handle(Attempt a, String host, boolean head, Probe probe) {
    if (!probe.isAnswer()) {
      failed(a, host, Failures.unwrap(probe.failure()));
      return;
    }
    health.answered();
    int status = probe.status();
    Optional<String> location = probe.header("location");
    if (status >= 300 && status < 400 && location.isPresent()) {
      Redirects.Next next = a.redirects.follow(a.current, status, location.get());
      if (next.end().isPresent()) {
        a.finish(next.end().get());
        return;
      }
      a.current = next.uri().get();
      a.useGet = false;
      hop(a);
      return;
    }
    if (head && (status < 200 || status >= 300) && !busy(status)) {
      // Many servers mishandle HEAD, and a bot wall shows its page to GET: ask again with GET.
      if (status == 405 || status == 501) {
        headRefused.add(host);
      }
      a.useGet = true;
      send(a, host);
      return;
    }
    Optional<String> wall = BotWall.reason(host, probe);
    // A challenge answered 2xx (AWS WAF's 202) shows no page; a refusal the user accepts is theirs.
    boolean shown = status >= 200 && status < 300;
    if (wall.isPresent() && (shown || !settings.status().accepts(host, status))) {
      a.finish(
          LinkOutcome.of(
              Verdict.BOT_WALL, status, "the site refuses automated requests: " + wall.get()));
      return;
    }
    // A retry asks with GET: a busy page (Cloudflare's 503 challenge among them) shows its body.
    a.useGet = true;
    if (settings.retry().retries(status) && retryAfterAnswer(a, host, status, probe)) {
      return;
    }
    if (settings.retry().leavesUndecided(status)) {
      a.finish(LinkOutcome.of(Verdict.UNDECIDED, status, "still " + status + a.attempts()));
      return;
    }
    judge(a, host, status);
  }

  /**
   * Retries after {@code status}, as the policy and the server say; false when no retry is left. A
   * server that asks to wait longer than the policy allows ends the check as undecided.
   */
  private boolean retryAfterAnswer(Attempt a, String host, int status, Probe probe) {
    Optional<Duration> asked = RetryPolicy.asked(probe::header, Instant.now());
    Optional<Duration> wait = settings.retry().waitBefore(a.retriesDone + 1, asked);
    if (wait.isEmpty()) {
      a.finish(
          LinkOutcome.of(
              Verdict.UNDECIDED,
              status,
              "answered "
                  + status
                  + " and asks to wait "
                  + Durations.format(asked.get())
                  + ", longer than maxRetryAfter ("
                  + Durations.format(settings.retry().maxWait())
                  + ")"));
      return true;
    }
    if (a.retriesDone >= settings.retry().maxRetries()) {
      return false;
    }
    asked.ifPresent(pause -> scheduler.pause(host, pause));
    retry(a, wait.get());
    return true;
  }

  private void judge(Attempt a, String host, int status) {
    if (!settings.status().accepts(host, status)) {
      String via = a.redirects.any() ? " after redirects " + a.redirects.text() + " ->" : "";
      a.finish(
          LinkOutcome.of(
              Verdict.BROKEN,
              status,
              "answered" + via + " " + status + (a.retriesDone > 0 ? a.attempts() : "")));
      return;
    }
    if (a.redirects.firstIsPermanent()) {
      a.finish(
          LinkOutcome.moved(
              status,
              a.current.toString(),
              "moved permanently (" + a.redirects.text() + " -> " + status + ")"));
      return;
    }
    a.finish(LinkOutcome.ok(status));
  }

  private void failed(Attempt a, String host, Throwable failure) {
    if (Failures.refused(failure)) {
      health.failed(host);
      a.finish(LinkOutcome.of(Verdict.REFUSED, 0, "connection refused by " + host));
      return;
    }
    if (failure instanceof LimitExceeded) {
      health.answered(); // a server answered, with more than the check reads
      a.finish(LinkOutcome.of(Verdict.UNDECIDED, 0, failure.getMessage()));
      return;
    }
    if (failure instanceof SSLException) {
      health.answered(); // TLS means a server is there
      a.finish(LinkOutcome.of(Verdict.UNDECIDED, 0, "TLS failure: " + Failures.describe(failure)));
      return;
    }
    boolean beforeAnswer = Failures.beforeAnswer(failure);
    if (beforeAnswer && health.failed(host)) {
      a.finish(LinkOutcome.of(Verdict.UNREACHABLE, 0, "not requested: no network"));
      return;
    }
    boolean timeout =
        failure instanceof TimeoutException || failure instanceof SocketTimeoutException;
    String what = timeout ? "timed out" : "failed (" + Failures.describe(failure) + ")";
    boolean retried = timeout || failure instanceof IOException;
    if (retried && a.retriesDone < settings.retry().maxRetries()) {
      retry(a, settings.retry().backoff(a.retriesDone + 1));
      return;
    }
    a.finish(
        LinkOutcome.of(
            beforeAnswer ? Verdict.UNREACHABLE : Verdict.UNDECIDED,
            0,
            "the request " + what + (a.retriesDone > 0 ? a.attempts() : "")));
  }

  private void retry(Attempt a, Duration delay) {
    a.retriesDone++;
    timer.schedule(() -> hop(a), delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** A status that says the server is busy or limits the rate: a GET now would fare no better. */
  private static boolean busy(int status) {
    return status == 408 || status == 425 || status == 429 || status == 503;
  }
}
