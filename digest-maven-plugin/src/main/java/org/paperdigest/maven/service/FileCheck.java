package org.paperdigest.maven.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.DigestChecker;
import org.paperdigest.digest.RepositoryBoundary;
import org.paperdigest.digest.ResultCache;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.DigestSource;
import org.paperdigest.maven.links.LinkChecker;
import org.paperdigest.maven.links.LinkMode;
import org.paperdigest.maven.links.LinkOccurrence;
import org.paperdigest.maven.links.LinkReport;
import org.paperdigest.maven.output.KeptFiles;
import org.paperdigest.maven.output.PluginLog;

/**
 * Checks digest files with the model's checker on every core, takes unchanged files from the result
 * cache, and, when links are checked online, checks the links of the files in scope and adds their
 * findings.
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
    Queue<LinkOccurrence> links = new ConcurrentLinkedQueue<>();
    Consumer<DigestFile> collect =
        online
            ? f -> {
              if (inScope.test(f.path())) {
                links.addAll(LinkOccurrence.of(f));
              }
            }
            : f -> {};
    RepositoryBoundary repository = RepositoryBoundary.around(root);
    // Built now, so that its HTTP client is set up while the digests are parsed.
    LinkChecker linkChecker =
        online ? new LinkChecker(settings.links(), settings.validation(), repository, log) : null;
    Optional<String> refused =
        cacheFile == null ? Optional.empty() : KeptFiles.refused(repository, cacheFile);
    if (refused.isPresent() && !online) {
      log.warn(
          "The digest cache "
              + cacheFile
              + " is neither read nor written: "
              + refused.get()
              + "; every file is checked");
    }
    CheckResult result;
    try (DigestChecker checker =
        DigestChecker.create(settings.validation(), Runtime.getRuntime().availableProcessors())) {
      if (cacheFile != null && !online && refused.isEmpty()) {
        ResultCache cache =
            ResultCache.load(
                cacheFile,
                PluginInfo.VERSION + "\n" + settings.validation().fingerprint(),
                log::warn);
        result = checker.check(root, files, cache);
        save(cache, cacheFile, log);
      } else {
        result = checker.check(root, files, collect);
      }
    }
    if (online) {
      List<LinkOccurrence> ordered = new ArrayList<>(links);
      ordered.sort(
          Comparator.comparing(LinkOccurrence::path).thenComparing(o -> o.link().position()));
      LinkReport report = linkChecker.check(ordered);
      List<Rule> onlineRules = new ArrayList<>();
      for (Rule rule : Rule.values()) {
        if (rule.online() && settings.validation().isEnabled(rule)) {
          onlineRules.add(rule);
        }
      }
      result = result.plus(report.findings(), onlineRules);
    }
    return result.onlyPaths(inScope, paths(root, files, inScope).size());
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
