package org.paperdigest.maven.links;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.ValidationConfig;
import org.paperdigest.digest.model.ArxivId;
import org.paperdigest.maven.links.ArxivVerifier.Answer;
import org.paperdigest.maven.links.LinkOutcome.Verdict;
import org.paperdigest.maven.output.PluginLog;

/**
 * The online link check of a run: every distinct URL is requested once however many files hold it,
 * arXiv papers are verified through the arXiv API in batches, results come from and go to the
 * cache, and every occurrence gets its own finding (DG203, DG204, DG205, DG208, DG116).
 *
 * <p>The HTTP client is built on a thread of its own from construction on ({@link
 * BackgroundClient}): create the checker before the digests are parsed, and the client is ready by
 * the time their links are known.
 */
public final class LinkChecker {

  private final LinkSettings settings;
  private final ValidationConfig config;
  private final PluginLog log;
  private final BackgroundClient client;

  public LinkChecker(LinkSettings settings, ValidationConfig config, PluginLog log) {
    this.settings = settings;
    this.config = config;
    this.log = log;
    this.client = BackgroundClient.start(settings);
  }

  /** Whether any online rule is on, so that checking is worth a request. */
  public static boolean anyOnlineRule(ValidationConfig config) {
    for (Rule rule : Rule.values()) {
      if (rule.online() && config.isEnabled(rule)) {
        return true;
      }
    }
    return false;
  }

  public LinkReport check(List<LinkOccurrence> occurrences) {
    long start = System.nanoTime();
    Instant deadline = Instant.now().plus(settings.checkTimeout());
    Map<LinkOccurrence, FindingMaker.Request> urlOf = new LinkedHashMap<>();
    Map<LinkOccurrence, ArxivId> paperOf = new LinkedHashMap<>();
    // Each distinct URL, parsed once; null where linkRemaps made it something that cannot be asked.
    Map<String, URI> urls = new LinkedHashMap<>();
    Set<String> ids = new LinkedHashSet<>();
    for (LinkOccurrence occurrence : occurrences) {
      String written = occurrence.link().intendedUrl();
      Optional<URI> uri = RequestUrl.parse(written);
      if (uri.isEmpty() || !settings.selects(written)) {
        continue;
      }
      Optional<ArxivId> paper = ArxivId.fromUrl(uri.get().toString());
      if (paper.isPresent()) {
        paperOf.put(occurrence, paper.get());
        ids.add(paper.get().id());
      } else {
        String asked = uri.get().toString();
        String url = settings.remap(asked);
        boolean remapped = !url.equals(asked);
        urlOf.put(occurrence, new FindingMaker.Request(url, remapped));
        if (!urls.containsKey(url)) {
          urls.put(url, remapped ? RequestUrl.parse(url).orElse(null) : uri.get());
        }
      }
    }
    LinkCache cache =
        settings
            .cacheFile()
            .map(file -> LinkCache.load(file, settings.cacheMaxAge(), log::warn))
            .orElseGet(() -> LinkCache.empty(settings.cacheMaxAge()));

    ThreadFactory daemons = daemonThreads();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemons);
    ExecutorService lookups = Executors.newFixedThreadPool(8, daemons);
    ExecutorService arxivThread = Executors.newSingleThreadExecutor(daemons);
    HttpClient client = this.client.get();
    Set<String> hosts = new LinkedHashSet<>();
    urls.values().stream().filter(Objects::nonNull).forEach(u -> hosts.add(u.getHost()));
    if (!ids.isEmpty()) {
      hosts.add(settings.arxivApi().getHost());
    }
    NetworkHealth health = new NetworkHealth(Math.min(8, hosts.size()));
    RequestScheduler scheduler =
        new RequestScheduler(
            settings.maxConcurrency(),
            settings.maxConcurrencyPerHost(),
            settings::intervalFor,
            timer);
    UrlChecker checker =
        new UrlChecker(settings, client, scheduler, new HostResolver(lookups), health, timer);
    ArxivVerifier verifier = new ArxivVerifier(settings, client, health);

    AtomicInteger done = new AtomicInteger();
    AtomicInteger failing = new AtomicInteger();
    AtomicInteger cacheHits = new AtomicInteger();
    Map<String, CompletableFuture<LinkOutcome>> outcomes = new LinkedHashMap<>();
    List<String> toAsk = new ArrayList<>();
    for (String url : urls.keySet()) {
      if (urls.get(url) == null) {
        done.incrementAndGet();
        outcomes.put(
            url,
            CompletableFuture.completedFuture(
                LinkOutcome.of(
                    Verdict.UNDECIDED,
                    0,
                    "linkRemaps rewrites it to an address that cannot be requested")));
        continue;
      }
      Optional<LinkOutcome> cached = cache.link(url);
      if (cached.isPresent()) {
        cacheHits.incrementAndGet();
        done.incrementAndGet();
        outcomes.put(url, CompletableFuture.completedFuture(cached.get()));
      } else {
        toAsk.add(url);
      }
    }
    Map<String, Answer> answers = new HashMap<>();
    List<String> idsToAsk = new ArrayList<>();
    for (String id : ids) {
      Optional<Answer> cached = cache.paper(id);
      if (cached.isPresent()) {
        cacheHits.incrementAndGet();
        answers.put(id, cached.get());
      } else {
        idsToAsk.add(id);
      }
    }
    int total = urls.size() + ids.size();
    log.info(
        "Checking "
            + total
            + " distinct link(s) online ("
            + urls.size()
            + " URL(s), "
            + ids.size()
            + " arXiv paper(s) through the arXiv API) from "
            + occurrences.size()
            + " occurrence(s); "
            + cacheHits.get()
            + " from the cache");
    ScheduledFuture<?> progress =
        timer.scheduleAtFixedRate(
            () -> progress(done.get(), total, failing.get(), start),
            settings.progressInterval().toMillis(),
            settings.progressInterval().toMillis(),
            TimeUnit.MILLISECONDS);
    CompletableFuture<Map<String, Answer>> arxiv =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                Map<String, Answer> got = verifier.verify(idsToAsk, deadline);
                done.addAndGet(got.size());
                return got;
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Map.of();
              }
            },
            arxivThread);
    for (String url : toAsk) {
      outcomes.put(
          url,
          checker
              .check(urls.get(url))
              .whenComplete(
                  (outcome, error) -> {
                    done.incrementAndGet();
                    if (outcome != null
                        && outcome.verdict() != Verdict.OK
                        && outcome.verdict() != Verdict.MOVED) {
                      failing.incrementAndGet();
                    }
                  }));
    }
    Map<String, LinkOutcome> results = new HashMap<>();
    try {
      for (Map.Entry<String, CompletableFuture<LinkOutcome>> e : outcomes.entrySet()) {
        results.put(e.getKey(), await(e.getValue(), deadline));
      }
      Map<String, Answer> asked = awaitAnswers(arxiv, deadline);
      answers.putAll(asked);
      idsToAsk.forEach(
          id ->
              answers.putIfAbsent(
                  id, Answer.of(Answer.Status.UNDECIDED, "not checked within linkCheckTimeout")));
    } finally {
      progress.cancel(false);
      timer.shutdownNow();
      lookups.shutdownNow();
      arxivThread.shutdownNow();
    }
    boolean absent = health.isAbsent();
    if (absent) {
      log.warn(
          "No host could be reached ("
              + health.failedHostCount()
              + " host(s) tried, none resolved or answered): this machine seems to have no"
              + " network. Links are reported as unverified (DG204), not as broken.");
    }
    toAsk.forEach(url -> cache.put(url, results.get(url)));
    idsToAsk.forEach(id -> cache.put(id, answers.get(id)));
    settings
        .cacheFile()
        .ifPresent(
            file -> {
              try {
                cache.save(file);
              } catch (IOException e) {
                log.warn("Could not write the link cache " + file + ": " + e.getMessage());
              }
            });

    FindingMaker make = new FindingMaker(config);
    List<Finding> findings = new ArrayList<>();
    urlOf.forEach(
        (occurrence, request) ->
            make.forUrl(occurrence, request, results.get(request.url()), absent, findings::add));
    paperOf.forEach(
        (occurrence, id) -> make.forPaper(occurrence, id, answers.get(id.id()), findings::add));
    findings.sort(Finding.ORDER);

    Map<String, Integer> perHost = new LinkedHashMap<>();
    hosts.forEach(h -> perHost.put(h, scheduler.maxInFlight(h)));
    LinkReport report =
        new LinkReport(
            findings,
            occurrences.size(),
            urls.size(),
            ids.size(),
            cacheHits.get(),
            verifier.requests(),
            scheduler.maxInFlight(),
            perHost,
            scheduler.meanTimes(),
            absent,
            Duration.ofNanos(System.nanoTime() - start));
    log.info(LinkSummary.of(report, findings));
    return report;
  }

  private void progress(int done, int total, int failing, long start) {
    double seconds = (System.nanoTime() - start) / 1e9;
    log.info(
        String.format(
            java.util.Locale.ROOT,
            "Links: %d/%d checked, %d not working so far, %.0f/s",
            done,
            total,
            failing,
            done / Math.max(seconds, 1e-3)));
  }

  private static LinkOutcome await(CompletableFuture<LinkOutcome> future, Instant deadline) {
    try {
      long left = Math.max(0, Duration.between(Instant.now(), deadline).toNanos());
      return future.get(left, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      return LinkOutcome.of(Verdict.UNDECIDED, 0, "not checked within linkCheckTimeout");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return LinkOutcome.of(Verdict.UNDECIDED, 0, "the check was interrupted");
    } catch (ExecutionException e) {
      return LinkOutcome.of(Verdict.UNDECIDED, 0, "the check failed: " + e.getCause());
    }
  }

  private static Map<String, Answer> awaitAnswers(
      CompletableFuture<Map<String, Answer>> future, Instant deadline) {
    try {
      long left = Math.max(0, Duration.between(Instant.now(), deadline).toNanos());
      return future.get(left, TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException e) {
      return Map.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Map.of();
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "digest-links-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
