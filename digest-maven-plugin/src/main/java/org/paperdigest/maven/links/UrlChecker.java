package org.paperdigest.maven.links;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.paperdigest.maven.links.LinkOutcome.Verdict;

/**
 * Checks one URL over HTTP: HEAD first and GET when HEAD is refused, redirects followed here (never
 * by the client) with the chain recorded, retries with backoff and jitter, {@code Retry-After}
 * honoured for the whole host, and every hop's address vetted before it is requested.
 */
final class UrlChecker {

  private static final Set<Integer> UNDECIDED_STATUSES = Set.of(408, 429, 502, 503, 504);

  private final LinkSettings settings;
  private final HttpClient client;
  private final RequestScheduler scheduler;
  private final HostResolver resolver;
  private final NetworkHealth health;
  private final ScheduledExecutorService timer;
  private final Set<String> headRefused = ConcurrentHashMap.newKeySet();

  UrlChecker(
      LinkSettings settings,
      HttpClient client,
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

  /** One hop of a redirect chain: the status that sent us on, and where from. */
  private record Hop(URI uri, int status) {}

  /** The state of one URL's check. */
  private final class Attempt {
    final URI original;
    final List<Hop> chain = new ArrayList<>();
    final CompletableFuture<LinkOutcome> result = new CompletableFuture<>();
    URI current;
    boolean useGet;
    int retriesLeft = settings.maxRetries();
    int retriesDone;

    Attempt(URI original) {
      this.original = original;
      this.current = original;
    }

    void finish(LinkOutcome outcome) {
      result.complete(outcome);
    }
  }

  CompletableFuture<LinkOutcome> check(URI uri) {
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
    return a.chain.isEmpty()
        ? "the host " + where + " is " + what
        : "redirects to " + a.current + ", whose host " + where + " is " + what;
  }

  private void send(Attempt a, String host) {
    boolean head = !a.useGet && !headRefused.contains(host);
    URI target = a.current;
    scheduler
        .submit(host, () -> request(target, head))
        .whenComplete(
            (probe, error) -> {
              try {
                handle(a, host, head, error != null ? Probe.failed(error) : probe);
              } catch (RuntimeException e) {
                a.finish(LinkOutcome.of(Verdict.UNDECIDED, 0, "the check failed: " + e));
              }
            });
  }

  private CompletableFuture<Probe> request(URI target, boolean head) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(target)
            .timeout(settings.requestTimeout())
            .header("User-Agent", settings.userAgent())
            .header("Accept", "*/*")
            .version(
                "https".equals(target.getScheme())
                    ? HttpClient.Version.HTTP_2
                    : HttpClient.Version.HTTP_1_1);
    HttpRequest request =
        head
            ? builder.method("HEAD", HttpRequest.BodyPublishers.noBody()).build()
            : builder.GET().build();
    HttpResponse.BodyHandler<Void> body =
        head ? HttpResponse.BodyHandlers.discarding() : CappedBody.handler(settings.maxBodyBytes());
    return client
        .sendAsync(request, body)
        .handle(
            (response, error) ->
                error != null
                    ? Probe.failed(error)
                    : Probe.answered(
                        response.statusCode(),
                        response.headers().firstValue("Location"),
                        response.headers().firstValue("Retry-After")));
  }

  private void handle(Attempt a, String host, boolean head, Probe probe) {
    if (!probe.isAnswer()) {
      failed(a, host, unwrap(probe.failure()));
      return;
    }
    health.answered();
    int status = probe.status();
    if (status >= 300 && status < 400 && probe.location().isPresent()) {
      redirect(a, status, probe.location().get());
      return;
    }
    boolean busy = status == 408 || status == 429 || status == 503;
    if (head && !busy && (status < 200 || status >= 300)) {
      // Many servers mishandle HEAD; ask again with GET before judging.
      if (status == 405 || status == 501) {
        headRefused.add(host);
      }
      a.useGet = true;
      send(a, host);
      return;
    }
    if (busy || status >= 500) {
      Optional<Duration> asked =
          probe.retryAfter().flatMap(v -> RetryAfter.parse(v, Instant.now()));
      if (asked.isPresent() && asked.get().compareTo(settings.maxRetryAfter()) > 0) {
        a.finish(
            LinkOutcome.of(
                Verdict.UNDECIDED,
                status,
                "answered "
                    + status
                    + " and asks to wait "
                    + Durations.format(asked.get())
                    + ", longer than maxRetryAfter ("
                    + Durations.format(settings.maxRetryAfter())
                    + ")"));
        return;
      }
      if (a.retriesLeft > 0) {
        asked.ifPresent(wait -> scheduler.pause(host, wait));
        retry(a, asked.orElse(null));
        return;
      }
      if (UNDECIDED_STATUSES.contains(status)) {
        a.finish(LinkOutcome.of(Verdict.UNDECIDED, status, "still " + status + attempts(a)));
        return;
      }
    }
    judge(a, host, status);
  }

  private void judge(Attempt a, String host, int status) {
    if (!settings.status().accepts(host, status)) {
      String via = a.chain.isEmpty() ? "" : " after redirects " + chainText(a) + " ->";
      a.finish(
          LinkOutcome.of(
              Verdict.BROKEN,
              status,
              "answered" + via + " " + status + (a.retriesDone > 0 ? attempts(a) : "")));
      return;
    }
    if (!a.chain.isEmpty() && isPermanent(a.chain.get(0).status())) {
      a.finish(
          LinkOutcome.moved(
              status,
              a.current.toString(),
              "moved permanently (" + chainText(a) + " -> " + status + ")"));
      return;
    }
    a.finish(LinkOutcome.ok(status));
  }

  private void redirect(Attempt a, int status, String location) {
    URI next;
    try {
      next = a.current.resolve(location.strip().replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      a.finish(
          LinkOutcome.of(
              Verdict.BROKEN, status, "redirects to an invalid address \"" + location + "\""));
      return;
    }
    a.chain.add(new Hop(a.current, status));
    String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      a.finish(
          LinkOutcome.of(
              Verdict.BROKEN,
              status,
              "redirects to " + next + ", which is not http(s) and is not followed"));
      return;
    }
    if (next.getHost() == null) {
      a.finish(
          LinkOutcome.of(Verdict.BROKEN, status, "redirects to " + next + ", which has no host"));
      return;
    }
    URI key = withoutFragment(next);
    if (key.equals(withoutFragment(a.original))
        || a.chain.stream().anyMatch(h -> withoutFragment(h.uri()).equals(key))) {
      a.finish(
          LinkOutcome.of(Verdict.BROKEN, status, "redirect loop: " + chainText(a) + " -> " + next));
      return;
    }
    if (a.chain.size() >= settings.maxRedirects()) {
      a.finish(
          LinkOutcome.of(
              Verdict.BROKEN,
              status,
              "more than " + settings.maxRedirects() + " redirects: " + chainText(a)));
      return;
    }
    a.current = next;
    a.useGet = false;
    hop(a);
  }

  private void failed(Attempt a, String host, Throwable failure) {
    // The JDK client reports a refused connection as a ConnectException without a message (the
    // cause is a closed channel); a missing route says so in the cause.
    if (failure instanceof ConnectException && !mentions(failure, "unreachable", "no route")) {
      health.failed(host);
      a.finish(LinkOutcome.of(Verdict.REFUSED, 0, "connection refused by " + host));
      return;
    }
    if (failure instanceof SSLException) {
      health.answered(); // TLS means a server is there
      a.finish(LinkOutcome.of(Verdict.UNDECIDED, 0, "TLS failure: " + describe(failure)));
      return;
    }
    boolean beforeAnswer =
        failure instanceof ConnectException || failure instanceof HttpConnectTimeoutException;
    if (beforeAnswer && health.failed(host)) {
      a.finish(LinkOutcome.of(Verdict.UNREACHABLE, 0, "not requested: no network"));
      return;
    }
    String what =
        failure instanceof HttpTimeoutException
            ? "timed out"
            : "failed (" + describe(failure) + ")";
    if (a.retriesLeft > 0 && (failure instanceof IOException)) {
      retry(a, null);
      return;
    }
    a.finish(
        LinkOutcome.of(
            beforeAnswer ? Verdict.UNREACHABLE : Verdict.UNDECIDED,
            0,
            "the request " + what + (a.retriesDone > 0 ? attempts(a) : "")));
  }

  private void retry(Attempt a, Duration asked) {
    a.retriesLeft--;
    a.retriesDone++;
    Duration delay = asked != null ? Duration.ZERO : settings.backoff(a.retriesDone);
    timer.schedule(() -> hop(a), delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  private static String attempts(Attempt a) {
    return " after " + (a.retriesDone + 1) + " attempts";
  }

  private static boolean isPermanent(int status) {
    return status == 301 || status == 308;
  }

  private static String chainText(Attempt a) {
    StringBuilder text = new StringBuilder();
    for (Hop hop : a.chain) {
      if (text.length() > 0) {
        text.append(" -> ");
      }
      text.append(hop.status());
    }
    return text.toString();
  }

  private static URI withoutFragment(URI uri) {
    String text = uri.toString();
    int hash = text.indexOf('#');
    return hash < 0 ? uri : URI.create(text.substring(0, hash));
  }

  private static boolean mentions(Throwable failure, String... words) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      for (String word : words) {
        if (message.contains(word)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static String describe(Throwable failure) {
    return failure.getMessage() == null
        ? failure.getClass().getSimpleName()
        : failure.getClass().getSimpleName() + ": " + failure.getMessage();
  }
}
