package org.paperdigest.maven.links.arxiv;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.stream.XMLStreamException;
import org.paperdigest.digest.PaperRecord;
import org.paperdigest.maven.links.http.Durations;
import org.paperdigest.maven.links.http.Failures;
import org.paperdigest.maven.links.http.LinkHttpClient;
import org.paperdigest.maven.links.http.NetworkHealth;
import org.paperdigest.maven.links.http.RetryPolicy;

/**
 * Verifies arXiv ids through the arXiv API, many ids per request and one request at a time at the
 * pace arXiv asks for, instead of fetching one page per paper. Retries follow the link check's one
 * {@link RetryPolicy}.
 */
public final class ArxivVerifier {

  /** What the API said of one id: for a known paper, its title, latest version and authors. */
  public record Answer(
      Status status, String title, int latestVersion, List<String> authors, String detail) {
    public enum Status {
      KNOWN,
      UNKNOWN,
      UNDECIDED,
      UNREACHABLE
    }

    public Answer {
      authors = List.copyOf(authors);
    }

    public static Answer known(String title, int latestVersion, List<String> authors) {
      return new Answer(Status.KNOWN, title, latestVersion, authors, "");
    }

    public static Answer of(Status status, String detail) {
      return new Answer(status, "", 0, List.of(), detail);
    }

    /** The paper's record, for a known paper. */
    public Optional<PaperRecord> record(String id) {
      return status == Status.KNOWN
          ? Optional.of(new PaperRecord(id, Math.max(1, latestVersion), title, authors))
          : Optional.empty();
    }
  }

  private final ArxivSettings settings;
  private final RetryPolicy retry;
  private final LinkHttpClient client;
  private final NetworkHealth health;
  private final AtomicInteger requests = new AtomicInteger();

  public ArxivVerifier(
      ArxivSettings settings, RetryPolicy retry, LinkHttpClient client, NetworkHealth health) {
    this.settings = settings;
    this.retry = retry;
    this.client = client;
    this.health = health;
  }

  /** How many API requests were made. */
  public int requests() {
    return requests.get();
  }

  /** Asks about every id (without version); blocks until done or {@code deadline}. */
  public Map<String, Answer> verify(List<String> ids, Instant deadline)
      throws InterruptedException {
    Map<String, Answer> answers = new LinkedHashMap<>();
    long nextStart = 0;
    for (int from = 0; from < ids.size(); from += settings.batchSize()) {
      List<String> batch = ids.subList(from, Math.min(ids.size(), from + settings.batchSize()));
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
      sleepNanos(nextStart - System.nanoTime());
      answers.putAll(ask(batch));
      nextStart = System.nanoTime() + settings.interval().toNanos();
    }
    return answers;
  }

  /** One batch, asked again as the retry policy says. */
  private Map<String, Answer> ask(List<String> batch) throws InterruptedException {
    String problem = "";
    boolean reachedServer = false;
    int attempt = 0;
    for (; ; attempt++) {
      Optional<Duration> asked = Optional.empty();
      LinkHttpClient.Fetched response = null;
      try {
        requests.incrementAndGet();
        response = client.get(request(batch));
      } catch (InterruptedException e) {
        throw e;
      } catch (Exception e) {
        Throwable cause = Failures.unwrap(e);
        problem = unreached(cause);
        if (Failures.beforeAnswer(cause) && health.failed(settings.api().getHost())) {
          return all(batch, Answer.of(Answer.Status.UNREACHABLE, "no network"));
        }
      }
      if (response != null) {
        health.answered();
        reachedServer = true;
        if (response.status() == 200) {
          try {
            return answers(batch, ArxivFeed.parse(new ByteArrayInputStream(response.body())));
          } catch (XMLStreamException e) {
            problem =
                "the arXiv API answered with something that is not an Atom feed"
                    + start(response.body());
          }
        } else {
          problem = "the arXiv API answered " + response.status();
          Map<String, String> headers = response.headers();
          asked =
              RetryPolicy.asked(
                  name -> Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT))),
                  Instant.now());
          if (!retry.retries(response.status())) {
            break;
          }
        }
      }
      if (attempt >= retry.maxRetries()) {
        break;
      }
      Optional<Duration> wait = retry.waitBefore(attempt + 1, asked);
      if (wait.isEmpty()) {
        problem +=
            " and asks to wait " + Durations.format(asked.get()) + ", longer than maxRetryAfter";
        break;
      }
      sleepNanos(wait.get().toNanos());
    }
    Answer undecided =
        Answer.of(
            reachedServer ? Answer.Status.UNDECIDED : Answer.Status.UNREACHABLE,
            problem + " (" + (attempt + 1) + (attempt == 0 ? " request)" : " requests)"));
    return all(batch, undecided);
  }

  /** Why a request got no answer. */
  private static String unreached(Throwable cause) {
    return cause instanceof TimeoutException
        ? "the arXiv API did not answer within linkTimeout"
        : "the arXiv API could not be reached (" + cause.getClass().getSimpleName() + ")";
  }

  /** The body's first characters, quoted, to show what came instead of a feed. */
  private static String start(byte[] body) {
    String text = new String(body, 0, Math.min(body.length, 60), StandardCharsets.UTF_8);
    text = text.replaceAll("\\s+", " ").strip();
    return text.isEmpty() ? " (an empty body)" : " (it starts \"" + text + "\")";
  }

  private URI request(List<String> batch) {
    String query =
        "id_list="
            + URLEncoder.encode(String.join(",", batch), StandardCharsets.UTF_8)
            + "&max_results="
            + batch.size();
    URI base = settings.api();
    String separator = base.getRawQuery() == null ? "?" : "&";
    return URI.create(base + separator + query);
  }

  private static Map<String, Answer> answers(List<String> batch, ArxivFeed.Parsed feed) {
    Map<String, ArxivFeed.Paper> byId = new HashMap<>();
    feed.papers().forEach(p -> byId.merge(p.id(), p, (a, b) -> a.version() >= b.version() ? a : b));
    // A feed that says it holds more results than it brought was cut short: what it lacks is not
    // known to be missing.
    boolean partial = feed.totalResults() > feed.papers().size();
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (String id : batch) {
      ArxivFeed.Paper paper = byId.get(id);
      if (paper != null) {
        answers.put(id, Answer.known(paper.title(), paper.version(), paper.authors()));
      } else if (!feed.errors().isEmpty()) {
        answers.put(
            id,
            Answer.of(Answer.Status.UNDECIDED, "the arXiv API answered: " + feed.errors().get(0)));
      } else if (partial) {
        answers.put(
            id,
            Answer.of(
                Answer.Status.UNDECIDED,
                "the arXiv API answered only "
                    + feed.papers().size()
                    + " of the "
                    + feed.totalResults()
                    + " papers its feed counts"));
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

  private static void sleepNanos(long nanos) throws InterruptedException {
    if (nanos > 0) {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    }
  }
}
