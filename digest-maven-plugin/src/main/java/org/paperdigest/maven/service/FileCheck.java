package org.paperdigest.maven.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.paperdigest.digest.CheckOptions;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.DigestChecker;
import org.paperdigest.digest.OnlineCheck;
import org.paperdigest.digest.PaperRecord;
import org.paperdigest.digest.ResultCache;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.ValidationConfig;
import org.paperdigest.digest.internal.RepositoryBoundary;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.DigestSource;
import org.paperdigest.digest.model.Entry;
import org.paperdigest.maven.links.LinkChecker;
import org.paperdigest.maven.links.LinkOccurrence;
import org.paperdigest.maven.links.LinkReport;
import org.paperdigest.maven.links.settings.LinkMode;
import org.paperdigest.maven.output.KeptFiles;
import org.paperdigest.maven.output.PluginLog;

/**
 * Checks digest files with the model's checker on every core, takes unchanged files from the result
 * cache, and, when links are checked online, checks the links of the files in scope as the check's
 * online part, so their findings and arXiv's records of the papers join the check's.
 */
final class FileCheck {

  private FileCheck() {}

  /**
   * Checks {@code files} of {@code root}; only findings in files whose path {@code inScope} accepts
   * are kept, and only their links requested; every file still takes part in DG113. The result
   * cache ({@code cacheFile}, may be {@code null}) is used when links are not checked online, since
   * the online check needs every file parsed for its links.
   */
  static CheckResult run(
      Path root,
      List<Path> files,
      CheckSettings settings,
      Predicate<String> inScope,
      Path cacheFile,
      PluginLog log) {
    boolean online = checksOnline(settings);
    ValidationConfig config = settings.validation();
    RepositoryBoundary repository = RepositoryBoundary.around(root);
    try (DigestChecker checker =
            DigestChecker.create(config, Runtime.getRuntime().availableProcessors());
        // Built now, so that its HTTP client is set up while the digests are parsed.
        LinkChecker links =
            online ? new LinkChecker(settings.links(), config, repository, log) : null) {
      if (!online) {
        ResultCache cache =
            usable(cacheFile, repository, log)
                ? ResultCache.load(
                    cacheFile, PluginInfo.VERSION + "\n" + config.cacheKey(), log::warn)
                : null;
        CheckResult result =
            checker.check(root, files, CheckOptions.builder().cache(cache).scope(inScope).build());
        if (cache != null) {
          save(cache, cacheFile, log);
        }
        return result;
      }
      Queue<LinkOccurrence> occurrences = new ConcurrentLinkedQueue<>();
      Queue<String> papers = new ConcurrentLinkedQueue<>();
      AtomicReference<LinkReport> report = new AtomicReference<>();
      CheckOptions options =
          CheckOptions.builder()
              .scope(inScope)
              .listener(
                  file -> {
                    if (inScope.test(file.path())) {
                      occurrences.addAll(LinkOccurrence.of(file));
                      papers.addAll(paperIds(file));
                    }
                  })
              .online(
                  () -> {
                    report.set(links.check(ordered(occurrences)));
                    return answer(report.get(), config);
                  })
              .build();
      CheckResult result = checker.check(root, files, options);
      authorsSummary(result, papers, report.get().records().keySet(), config).ifPresent(log::info);
      return result;
    }
  }

  /** Whether the result cache is there to use: named, and no link out of the repository. */
  private static boolean usable(Path cacheFile, RepositoryBoundary repository, PluginLog log) {
    Optional<String> refused =
        cacheFile == null ? Optional.empty() : KeptFiles.refused(repository, cacheFile);
    refused.ifPresent(
        why ->
            log.warn(
                "The digest cache "
                    + cacheFile
                    + " is neither read nor written: "
                    + why
                    + "; every file is checked"));
    return cacheFile != null && refused.isEmpty();
  }

  /**
   * Checks {@code files} again with links offline, holding entries to {@code records} (the records
   * a fix from arXiv used; none, an offline check), keeping the findings of the files {@code
   * inScope} takes: what remains after a fix.
   */
  static CheckResult recheck(
      Path root,
      List<Path> files,
      ValidationConfig config,
      Map<String, PaperRecord> records,
      Predicate<String> inScope) {
    CheckOptions.Builder options = CheckOptions.builder().scope(inScope);
    if (!records.isEmpty()) {
      Set<Rule> ran = onlineRules(config, rule -> RECORD_RULES.contains(rule));
      options.online(() -> new OnlineCheck.Answer(List.of(), records, ran));
    }
    try (DigestChecker checker =
        DigestChecker.create(config, Runtime.getRuntime().availableProcessors())) {
      return checker.check(root, files, options.build());
    }
  }

  /** The rules that read papers' records rather than request links. */
  private static final Set<Rule> RECORD_RULES = EnumSet.of(Rule.DG116, Rule.DG121, Rule.DG122);

  private static OnlineCheck.Answer answer(LinkReport report, ValidationConfig config) {
    return new OnlineCheck.Answer(
        report.findings(), report.records(), onlineRules(config, rule -> true));
  }

  /** The online rules that are on and that {@code which} takes. */
  private static Set<Rule> onlineRules(ValidationConfig config, Predicate<Rule> which) {
    Set<Rule> ran = EnumSet.noneOf(Rule.class);
    config.rulesRun(true).stream().filter(Rule::online).filter(which).forEach(ran::add);
    return ran;
  }

  private static List<LinkOccurrence> ordered(Queue<LinkOccurrence> occurrences) {
    List<LinkOccurrence> ordered = new ArrayList<>(occurrences);
    ordered.sort(
        Comparator.comparing(LinkOccurrence::path).thenComparing(o -> o.link().position()));
    return ordered;
  }

  /** The arXiv id of each entry of {@code file} whose title links to arXiv. */
  private static List<String> paperIds(DigestFile file) {
    List<String> ids = new ArrayList<>();
    for (Entry entry : file.entries()) {
      entry.title().arxivId().ifPresent(id -> ids.add(id.id()));
    }
    return ids;
  }

  /**
   * How many entries were held to arXiv's record, and how many of them list other authors (DG121)
   * or the same in another order (DG122): a repository-wide problem at a glance.
   */
  static Optional<String> authorsSummary(
      CheckResult result, Collection<String> papers, Set<String> known, ValidationConfig config) {
    if (!config.isEnabled(Rule.DG121) && !config.isEnabled(Rule.DG122)) {
      return Optional.empty();
    }
    long verified = papers.stream().filter(known::contains).count();
    long mismatch = result.findings().stream().filter(f -> f.rule() == Rule.DG121).count();
    long order = result.findings().stream().filter(f -> f.rule() == Rule.DG122).count();
    return Optional.of(
        String.format(
            Locale.ROOT,
            "Authors checked against arXiv's records: %,d of %,d entries; %,d list them in another"
                + " order than arXiv (DG122), %,d list other names (DG121)%s",
            verified,
            papers.size(),
            order,
            mismatch,
            mismatch + order > 0 ? "; digest:fix -Ddigest.links=online writes arXiv's" : ""));
  }

  /** Whether links are checked online: the mode says so and some online rule is on. */
  static boolean checksOnline(CheckSettings settings) {
    return settings.links().mode() == LinkMode.ONLINE
        && LinkChecker.anyOnlineRule(settings.validation());
  }

  /** The paths, relative to {@code root}, of the {@code files} that {@code inScope} takes. */
  static List<String> paths(Path root, List<Path> files, Predicate<String> inScope) {
    return files.stream()
        .map(f -> DigestSource.inRepository(root, f).path())
        .filter(inScope)
        .toList();
  }

  private static void save(ResultCache cache, Path file, PluginLog log) {
    log.info(
        "Digest cache: "
            + cache.reused()
            + " unchanged file(s) taken from "
            + file
            + ", "
            + cache.checked()
            + " checked");
    try {
      cache.save();
    } catch (IOException | RuntimeException e) {
      log.warn("Cannot write the digest cache " + file + ": " + e.getMessage());
    }
  }
}
