package org.paperdigest.maven.links;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.stream.XMLStreamException;

/**
 * Verifies arXiv ids through the arXiv API, many ids per request and one request at a time at the
 * pace arXiv asks for, instead of fetching one page per paper.
 */
final class ArxivVerifier {

  /** What the API said of one id. */
  record Answer(Status status, String title, int latestVersion, String detail) {
    enum Status {
      KNOWN,
      UNKNOWN,
      UNDECIDED,
      UNREACHABLE
    }

    static Answer known(String title, int latestVersion) {
      return new Answer(Status.KNOWN, title, latestVersion, "");
    }

    static Answer of(Status status, String detail) {
      return new Answer(status, "", 0, detail);
    }
  }

  private final LinkSettings settings;
  private final HttpClient client;
  private final NetworkHealth health;
  private final AtomicInteger requests = new AtomicInteger();

  ArxivVerifier(LinkSettings settings, HttpClient client, NetworkHealth health) {
    this.settings = settings;
    this.client = client;
    this.health = health;
  }

  /** How many API requests were made. */
  int requests() {
    return requests.get();
  }

  /** Asks about every id (without version); blocks until done or {@code deadline}. */
  Map<String, Answer> verify(List<String> ids, Instant deadline) throws InterruptedException {
    Map<String, Answer> answers = new LinkedHashMap<>();
    long nextStart = 0;
    for (int from = 0; from < ids.size(); from += settings.arxivBatchSize()) {
      List<String> batch =
          ids.subList(from, Math.min(ids.size(), from + settings.arxivBatchSize()));
      if (health.isAbsent()) {
        batch.forEach(id -> answers.put(id, Answer.of(Answer.Status.UNREACHABLE, "no network")));
        continue;
      }
      if (Instant.now().isAfter(deadline)) {
        batch.forEach(
            id ->
                answers.put(
                    id, Answer.of(Answer.Status.UNDECIDED, "not checked within linkCheckTimeout")));
        continue;
      }
      long wait = nextStart - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      answers.putAll(askWithRetries(batch));
      nextStart = System.nanoTime() + settings.arxivInterval().toNanos();
    }
    return answers;
  }

  private Map<String, Answer> askWithRetries(List<String> batch) throws InterruptedException {
    String problem = "";
    boolean reachedServer = false;
    for (int attempt = 0; attempt <= settings.maxRetries(); attempt++) {
      if (attempt > 0) {
        Thread.sleep(settings.backoff(attempt).toMillis());
      }
      HttpResponse<InputStream> response;
      try {
        requests.incrementAndGet();
        response = client.send(request(batch), HttpResponse.BodyHandlers.ofInputStream());
      } catch (IOException e) {
        problem = "the arXiv API request failed (" + e.getClass().getSimpleName() + ")";
        if (!(e instanceof java.net.http.HttpTimeoutException)
            && health.failed(settings.arxivApi().getHost())) {
          return all(batch, Answer.of(Answer.Status.UNREACHABLE, "no network"));
        }
        continue;
      }
      health.answered();
      reachedServer = true;
      try (InputStream body = response.body()) {
        int status = response.statusCode();
        if (status != 200) {
          problem = "the arXiv API answered " + status;
          Optional<Duration> asked =
              response
                  .headers()
                  .firstValue("Retry-After")
                  .flatMap(v -> RetryAfter.parse(v, Instant.now()));
          if (asked.isPresent() && asked.get().compareTo(settings.maxRetryAfter()) <= 0) {
            Thread.sleep(asked.get().toMillis());
          }
          continue;
        }
        return answers(batch, ArxivFeed.parse(body));
      } catch (IOException | XMLStreamException e) {
        problem = "the arXiv API sent a feed that could not be read: " + e.getMessage();
      }
    }
    Answer undecided =
        Answer.of(
            reachedServer ? Answer.Status.UNDECIDED : Answer.Status.UNREACHABLE,
            problem + " after " + (settings.maxRetries() + 1) + " attempts");
    return all(batch, undecided);
  }

  private HttpRequest request(List<String> batch) {
    String query =
        "id_list="
            + URLEncoder.encode(String.join(",", batch), StandardCharsets.UTF_8)
            + "&max_results="
            + batch.size();
    URI base = settings.arxivApi();
    String separator = base.getRawQuery() == null ? "?" : "&";
    return HttpRequest.newBuilder(URI.create(base + separator + query))
        .timeout(settings.requestTimeout())
        .header("User-Agent", settings.userAgent())
        .GET()
        .build();
  }

  private static Map<String, Answer> answers(List<String> batch, ArxivFeed.Parsed feed) {
    Map<String, ArxivFeed.Paper> byId = new HashMap<>();
    feed.papers().forEach(p -> byId.merge(p.id(), p, (a, b) -> a.version() >= b.version() ? a : b));
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (String id : batch) {
      ArxivFeed.Paper paper = byId.get(id);
      if (paper != null) {
        answers.put(id, Answer.known(paper.title(), paper.version()));
      } else if (!feed.errors().isEmpty()) {
        // With an error in the feed, a missing id says nothing for sure.
        answers.put(
            id,
            Answer.of(Answer.Status.UNDECIDED, "the arXiv API answered: " + feed.errors().get(0)));
      } else {
        answers.put(id, Answer.of(Answer.Status.UNKNOWN, "the arXiv API does not know " + id));
      }
    }
    return answers;
  }

  private static Map<String, Answer> all(List<String> batch, Answer answer) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    new ArrayList<>(batch).forEach(id -> answers.put(id, answer));
    return answers;
  }
}
