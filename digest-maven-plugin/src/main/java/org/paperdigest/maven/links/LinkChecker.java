package org.paperdigest.maven.links;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.RepositoryBoundary;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.ValidationConfig;
import org.paperdigest.maven.links.ArxivVerifier.Answer;
import org.paperdigest.maven.links.LinkOutcome.Verdict;
import org.paperdigest.maven.output.KeptFiles;
import org.paperdigest.maven.output.PluginLog;

/**
 * The online link check of a run: every distinct URL is requested once however many files hold it
 * ({@link LinkPlan}), arXiv papers are verified through the arXiv API in batches, results come from
 * and go to the cache, and every occurrence gets its own finding (DG203, DG204, DG205, DG208,
 * DG116).
 *
 * <p>The HTTP client starts on a thread of its own from construction on: create the checker before
 * the digests are parsed, and the client is ready by the time their links are known.
 */
public final class LinkChecker {

  private final LinkSettings settings;
  private final ValidationConfig config;
  private final RepositoryBoundary repository;
  private final PluginLog log;
  private final ExecutorService lookups;
  private final HostResolver resolver;
  private final LinkHttpClient client;

  /**
   * A checker of the links of {@code repository}'s digests; a link cache whose path is inside it is
   * read and written only when it is no link out of it.
   */
  public LinkChecker(
      LinkSettings settings,
      ValidationConfig config,
      RepositoryBoundary repository,
      PluginLog log) {
    this.settings = settings;
    this.config = config;
    this.repository = repository;
    this.log = log;
    this.lookups = Executors.newFixedThreadPool(8, daemonThreads("digest-links-dns"));
    this.resolver = new HostResolver(lookups);
    this.client = LinkHttpClient.start(settings, resolver);
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

  /** Checks the links of {@code occurrences}; the checker cannot be used again after. */
  public LinkReport check(List<LinkOccurrence> occurrences) {
    long start = System.nanoTime();
    Instant deadline = Instant.now().plus(settings.checkTimeout());
    LinkPlan plan = new LinkPlan(occurrences, settings);
    Optional<Path> cacheFile = cacheFile();
    LinkCache cache =
        cacheFile
            .map(file -> LinkCache.load(file, settings.cacheMaxAge(), log::warn))
            .orElseGet(() -> LinkCache.empty(settings.cacheMaxAge()));
    Map<String, CompletableFuture<LinkOutcome>> outcomes = new LinkedHashMap<>();
    List<String> toAsk = new ArrayList<>();
    int cacheHits = 0;
    for (Map.Entry<String, URI> url : plan.urls.entrySet()) {
      Optional<LinkOutcome> cached =
          url.getValue() == null ? Optional.of(unrequestable()) : cache.link(url.getKey());
      if (cached.isPresent()) {
        cacheHits += url.getValue() == null ? 0 : 1;
        outcomes.put(url.getKey(), CompletableFuture.completedFuture(cached.get()));
      } else {
        toAsk.add(url.getKey());
      }
    }
    Map<String, Answer> answers = new HashMap<>();
    List<String> idsToAsk = new ArrayList<>();
    for (String id : plan.ids) {
      Optional<Answer> cached = cache.paper(id);
      cached.ifPresent(answer -> answers.put(id, answer));
      if (cached.isEmpty()) {
        idsToAsk.add(id);
      }
    }
    cacheHits += plan.ids.size() - idsToAsk.size();
    int total = plan.urls.size() + plan.ids.size();
    log.info(
        "Checking "
            + total
            + " distinct link(s) online ("
            + plan.urls.size()
            + " URL(s), "
            + plan.ids.size()
            + " arXiv paper(s) through the arXiv API) from "
            + occurrences.size()
            + " occurrence(s); "
            + cacheHits
            + " from the cache");

    // The hosts this run requests decide whether the network is absent: those of the URLs not
    // taken from the cache (remap targets, not the addresses written), and the arXiv API's.
    Set<String> hosts = new LinkedHashSet<>();
    toAsk.forEach(url -> hosts.add(plan.urls.get(url).getHost()));
    if (!idsToAsk.isEmpty()) {
      hosts.add(settings.arxivApi().getHost());
    }
    NetworkHealth health = new NetworkHealth(Math.min(8, hosts.size()));
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(daemonThreads("digest-links-timer"));
    ExecutorService arxivThread = Executors.newSingleThreadExecutor(daemonThreads("digest-arxiv"));
    RequestScheduler scheduler =
        new RequestScheduler(
            settings.maxConcurrency(),
            settings.maxConcurrencyPerHost(),
            settings.intervals()::intervalFor,
            timer);
    UrlChecker checker = new UrlChecker(settings, client, scheduler, resolver, health, timer);
    ArxivVerifier verifier = new ArxivVerifier(settings, client, health);
    LinkProgress progress = new LinkProgress(log, total, total - toAsk.size() - idsToAsk.size());
    progress.start(timer, settings.progressInterval());
    CompletableFuture<Map<String, Answer>> arxiv =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                Map<String, Answer> got = verifier.verify(idsToAsk, deadline);
                progress.done(got.size(), 0);
                return got;
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Map.of();
              }
            },
            arxivThread);
    for (String url : toAsk) {
      outcomes.put(url, checker.check(plan.urls.get(url)).whenComplete(progress::checked));
    }
    Map<String, LinkOutcome> results = new HashMap<>();
    try {
      outcomes.forEach((url, future) -> results.put(url, Awaits.outcome(future, deadline)));
      answers.putAll(Awaits.answers(arxiv, deadline));
      idsToAsk.forEach(
          id ->
              answers.putIfAbsent(
                  id, Answer.of(Answer.Status.UNDECIDED, "not checked within linkCheckTimeout")));
    } finally {
      progress.stop();
      timer.shutdownNow();
      lookups.shutdownNow();
      arxivThread.shutdownNow();
      client.close();
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
    saveCache(cache, cacheFile);

    FindingMaker make = new FindingMaker(config);
    List<Finding> findings = new ArrayList<>();
    plan.urlOf.forEach(
        (occurrence, request) ->
            make.forUrl(occurrence, request, results.get(request.url()), absent, findings::add));
    plan.paperOf.forEach(
        (occurrence, id) -> make.forPaper(occurrence, id, answers.get(id.id()), findings::add));
    findings.sort(Finding.ORDER);

    Map<String, Integer> perHost = new LinkedHashMap<>();
    hosts.forEach(h -> perHost.put(h, scheduler.maxInFlight(h)));
    int botWalls =
        (int) toAsk.stream().filter(u -> results.get(u).verdict() == Verdict.BOT_WALL).count();
    LinkReport report =
        new LinkReport(
            findings,
            occurrences.size(),
            plan.urls.size(),
            plan.ids.size(),
            cacheHits,
            verifier.requests(),
            scheduler.maxInFlight(),
            perHost,
            scheduler.meanTimes(),
            absent,
            botWalls,
            Duration.ofNanos(System.nanoTime() - start));
    log.info(LinkSummary.of(report, findings));
    return report;
  }

  private static LinkOutcome unrequestable() {
    return LinkOutcome.of(
        Verdict.UNDECIDED, 0, "linkRemaps rewrites it to an address that cannot be requested");
  }

  /** The link cache's file, unless it is a link out of the repository (said once, here). */
  private Optional<Path> cacheFile() {
    Optional<Path> file = settings.cacheFile();
    Optional<String> refused = file.flatMap(f -> KeptFiles.refused(repository, f));
    if (refused.isPresent()) {
      log.warn(
          "Ignoring the link cache "
              + file.get()
              + ": "
              + refused.get()
              + ", and is neither read nor written");
      return Optional.empty();
    }
    return file;
  }

  private void saveCache(LinkCache cache, Optional<Path> cacheFile) {
    cacheFile.ifPresent(
        file -> {
          try {
            cache.save(file);
          } catch (IOException e) {
            log.warn("Could not write the link cache " + file + ": " + e.getMessage());
          }
        });
  }

  private static ThreadFactory daemonThreads(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
