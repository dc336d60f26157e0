package org.paperdigest.maven.links;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.PaperRecord;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.ValidationConfig;
import org.paperdigest.digest.internal.DaemonThreads;
import org.paperdigest.digest.internal.RepositoryBoundary;
import org.paperdigest.maven.links.arxiv.ArxivVerifier;
import org.paperdigest.maven.links.arxiv.ArxivVerifier.Answer;
import org.paperdigest.maven.links.http.HostResolver;
import org.paperdigest.maven.links.http.LinkHttpClient;
import org.paperdigest.maven.links.http.LinkOutcome;
import org.paperdigest.maven.links.http.LinkOutcome.Verdict;
import org.paperdigest.maven.links.http.NetworkHealth;
import org.paperdigest.maven.links.http.RequestScheduler;
import org.paperdigest.maven.links.http.UrlChecker;
import org.paperdigest.maven.links.settings.LinkSettings;
import org.paperdigest.maven.output.PluginLog;

/**
 * The online link check of a run: every distinct URL is requested once however many files hold it
 * ({@link LinkPlan}), arXiv papers are looked up through the arXiv API in batches, results come
 * from and go to the cache, and every occurrence gets its own finding (DG203, DG204, DG205, DG208).
 * The records of the papers arXiv knows come back with the findings, for the rules that hold
 * entries to them.
 *
 * <p>The HTTP client starts on a thread of its own from construction on: create the checker before
 * the digests are parsed, and the client is ready by the time their links are known. Close it when
 * done; a checker checks once.
 */
public final class LinkChecker implements AutoCloseable {

  private final LinkSettings settings;
  private final ValidationConfig config;
  private final CacheFile cacheFile;
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
    this.cacheFile = CacheFile.of(settings, repository, log);
    this.log = log;
    this.lookups = Executors.newFixedThreadPool(8, DaemonThreads.named("digest-links-dns"));
    this.resolver = new HostResolver(lookups);
    this.client = LinkHttpClient.start(settings.http(), resolver);
  }

  /** Whether any online rule is on, so that checking is worth a request. */
  public static boolean anyOnlineRule(ValidationConfig config) {
    return config.rulesRun(true).stream().anyMatch(Rule::online);
  }

  /** Checks the links of {@code occurrences}. */
  public LinkReport check(List<LinkOccurrence> occurrences) {
    long start = System.nanoTime();
    Instant deadline = Instant.now().plus(settings.checkTimeout());
    LinkPlan plan = new LinkPlan(occurrences, settings);
    LinkCache cache = cacheFile.load();
    Pending pending = Pending.of(plan, cache);
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
            + pending.cacheHits
            + " from the cache");
    Asked asked = ask(plan, pending, deadline);
    if (asked.absent) {
      log.warn(
          "No host could be reached ("
              + asked.failedHosts
              + " host(s) tried, none resolved or answered): this machine seems to have no"
              + " network. Links are reported as unverified (DG204), not as broken.");
    }
    pending.urls.forEach(url -> cache.put(url, asked.results.get(url)));
    pending.ids.forEach(id -> cache.put(id, asked.answers.get(id)));
    cacheFile.save(cache);
    List<Finding> findings = findings(plan, asked);
    int botWalls =
        (int)
            pending.urls.stream()
                .filter(u -> asked.results.get(u).verdict() == Verdict.BOT_WALL)
                .count();
    LinkReport report =
        new LinkReport(
            findings,
            records(asked.answers),
            occurrences.size(),
            plan.urls.size(),
            plan.ids.size(),
            pending.cacheHits,
            asked.arxivRequests,
            asked.maxInFlight,
            asked.maxInFlightPerHost,
            asked.meanTimes,
            asked.absent,
            botWalls,
            Duration.ofNanos(System.nanoTime() - start));
    log.info(LinkSummary.of(report, findings));
    return report;
  }

  /**
   * arXiv's records of the papers {@code ids} name (without version), from the cache or the arXiv
   * API; a paper arXiv does not know, or that could not be looked up, is absent. For repairs from
   * arXiv: asks nothing but the arXiv API.
   */
  public Map<String, PaperRecord> records(Collection<String> ids) {
    Instant deadline = Instant.now().plus(settings.checkTimeout());
    LinkCache cache = cacheFile.load();
    Map<String, Answer> answers = new LinkedHashMap<>();
    List<String> toAsk = new ArrayList<>();
    for (String id : new LinkedHashSet<>(ids)) {
      Optional<Answer> cached = cache.paper(id);
      cached.ifPresentOrElse(answer -> answers.put(id, answer), () -> toAsk.add(id));
    }
    ArxivVerifier verifier =
        new ArxivVerifier(settings.arxiv(), settings.http().retry(), client, new NetworkHealth(1));
    try {
      answers.putAll(verifier.verify(toAsk, deadline));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    toAsk.forEach(id -> Optional.ofNullable(answers.get(id)).ifPresent(a -> cache.put(id, a)));
    cacheFile.save(cache);
    Map<String, PaperRecord> records = records(answers);
    log.info(
        "Asked arXiv about "
            + answers.size()
            + " paper(s) ("
            + (answers.size() - toAsk.size())
            + " from the cache, "
            + verifier.requests()
            + " arXiv API request(s)): "
            + records.size()
            + " known");
    return records;
  }

  /** What the network answered, with the cached answers, and how asking it went. */
  private record Asked(
      Map<String, LinkOutcome> results,
      Map<String, Answer> answers,
      boolean absent,
      int failedHosts,
      int arxivRequests,
      int maxInFlight,
      Map<String, Integer> maxInFlightPerHost,
      Map<String, Duration> meanTimes) {}

  /** Requests what {@code pending} lists, the arXiv API on a thread of its own beside the URLs. */
  private Asked ask(LinkPlan plan, Pending pending, Instant deadline) {
    // The hosts this run requests decide whether the network is absent: those of the URLs not
    // taken from the cache (remap targets, not the addresses written), and the arXiv API's.
    Set<String> hosts = new LinkedHashSet<>();
    pending.urls.forEach(url -> hosts.add(plan.urls.get(url).getHost()));
    if (!pending.ids.isEmpty()) {
      hosts.add(settings.arxiv().api().getHost());
    }
    NetworkHealth health = new NetworkHealth(Math.min(8, hosts.size()));
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("digest-links-timer"));
    ExecutorService arxivThread =
        Executors.newSingleThreadExecutor(DaemonThreads.named("digest-arxiv"));
    RequestScheduler scheduler =
        new RequestScheduler(
            settings.http().maxConcurrency(),
            settings.http().maxConcurrencyPerHost(),
            settings.http().intervals()::intervalFor,
            timer);
    UrlChecker checker =
        new UrlChecker(settings.http(), client, scheduler, resolver, health, timer);
    ArxivVerifier verifier =
        new ArxivVerifier(settings.arxiv(), settings.http().retry(), client, health);
    int total = plan.urls.size() + plan.ids.size();
    LinkProgress progress =
        new LinkProgress(log, total, total - pending.urls.size() - pending.ids.size());
    progress.start(timer, settings.progressInterval());
    Map<String, LinkOutcome> results = new HashMap<>(pending.cachedResults);
    Map<String, Answer> answers = new HashMap<>(pending.cachedAnswers);
    try {
      CompletableFuture<Map<String, Answer>> arxiv =
          CompletableFuture.supplyAsync(
              () -> verifyOrNothing(verifier, pending.ids, deadline, progress), arxivThread);
      Map<String, CompletableFuture<LinkOutcome>> outcomes = new LinkedHashMap<>();
      for (String url : pending.urls) {
        outcomes.put(url, checker.check(plan.urls.get(url)).whenComplete(progress::checked));
      }
      outcomes.forEach((url, future) -> results.put(url, Awaits.outcome(future, deadline)));
      answers.putAll(Awaits.answers(arxiv, deadline));
      pending.ids.forEach(
          id ->
              answers.putIfAbsent(
                  id, Answer.of(Answer.Status.UNDECIDED, "not checked within linkCheckTimeout")));
    } finally {
      progress.stop();
      timer.shutdownNow();
      arxivThread.shutdownNow();
    }
    Map<String, Integer> perHost = new LinkedHashMap<>();
    hosts.forEach(h -> perHost.put(h, scheduler.maxInFlight(h)));
    return new Asked(
        results,
        answers,
        health.isAbsent(),
        health.failedHostCount(),
        verifier.requests(),
        scheduler.maxInFlight(),
        perHost,
        scheduler.meanTimes());
  }

  private static Map<String, Answer> verifyOrNothing(
      ArxivVerifier verifier, List<String> ids, Instant deadline, LinkProgress progress) {
    try {
      Map<String, Answer> got = verifier.verify(ids, deadline);
      progress.done(got.size(), 0);
      return got;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Map.of();
    }
  }

  /** One finding per occurrence whose URL or paper is not known to be fine, in report order. */
  private List<Finding> findings(LinkPlan plan, Asked asked) {
    FindingMaker make = new FindingMaker(config);
    List<Finding> findings = new ArrayList<>();
    plan.urlOf.forEach(
        (occurrence, request) ->
            make.forUrl(
                occurrence,
                request,
                asked.results.get(request.url()),
                asked.absent,
                findings::add));
    plan.paperOf.forEach(
        (occurrence, id) ->
            make.forPaper(occurrence, id, asked.answers.get(id.id()), findings::add));
    findings.sort(Finding.ORDER);
    return findings;
  }

  /** The records of the papers {@code answers} knows, by id. */
  private static Map<String, PaperRecord> records(Map<String, Answer> answers) {
    Map<String, PaperRecord> records = new LinkedHashMap<>();
    answers.forEach((id, answer) -> answer.record(id).ifPresent(r -> records.put(id, r)));
    return records;
  }

  /** Stops the HTTP client and the name lookups. */
  @Override
  public void close() {
    lookups.shutdownNow();
    client.close();
  }
}
