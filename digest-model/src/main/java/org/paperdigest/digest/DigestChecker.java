package org.paperdigest.digest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.paperdigest.digest.internal.DaemonThreads;
import org.paperdigest.digest.internal.DigestFileCheck;
import org.paperdigest.digest.internal.RepositoryBoundary;
import org.paperdigest.digest.internal.SuppressionFilter;
import org.paperdigest.digest.internal.SuppressionScopes;
import org.paperdigest.digest.internal.cache.FileOutcome;
import org.paperdigest.digest.internal.cache.FileResultCache;
import org.paperdigest.digest.internal.records.EntryClaim;
import org.paperdigest.digest.internal.records.RecordRules;
import org.paperdigest.digest.internal.rules.DuplicatePapers;
import org.paperdigest.digest.internal.rules.PaperOccurrence;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.DigestSource;

/**
 * Checks digest files on disk: reads each one (DG000 when it cannot), parses and validates it,
 * keeps only its findings, the papers it names and its suppression comments, and then runs the
 * cross-file rule DG113 and applies the suppressions. Files are checked in parallel; the result is
 * the same as a sequential run. One checker per run.
 *
 * <p>Only what lies inside the repository around the checked folder is read or looked at (the git
 * work tree that holds it, or the folder itself): a digest that is a symbolic link out of it is
 * DG000 and is not opened, and so is one whose path is not valid UTF-8.
 *
 * @since 0.1.0
 */
public final class DigestChecker implements AutoCloseable {

  private final DigestParser parser = DigestParser.create();
  private final DigestValidator validator;
  private final int threads;

  private DigestChecker(ValidationConfig config, int threads) {
    this.validator = DigestValidator.create(config);
    this.threads = threads;
  }

  /**
   * A checker of the rules {@code config} turns on, with {@code threads} worker threads.
   *
   * @param config which rules run, how seriously, and where
   * @param threads how many files are checked at once; less than 1 means 1
   * @return the checker; close it when done
   * @throws NullPointerException if {@code config} is {@code null}
   * @since 0.1.0
   */
  public static DigestChecker create(ValidationConfig config, int threads) {
    return new DigestChecker(config, Math.max(1, threads));
  }

  /**
   * Checks {@code files}, each of which lies inside {@code root}, with {@link
   * CheckOptions#defaults()}. Problems with one file become its findings; the others are still
   * checked.
   *
   * @param root the checked folder: findings name files relative to it, and relative links resolve
   *     inside it
   * @param files the files to check; a path that is not a readable UTF-8 file is a DG000 finding
   * @return the findings, with what suppression comments left out counted apart; never {@code null}
   * @throws NullPointerException if {@code root} or {@code files} is {@code null}
   * @throws IllegalStateException if a worker thread fails or the check is interrupted
   * @since 0.1.0
   */
  public CheckResult check(Path root, List<Path> files) {
    return check(root, files, CheckOptions.defaults());
  }

  /**
   * Checks {@code files}, each of which lies inside {@code root}, as {@code options} say: the
   * per-file rules on every core, then the rules across files (DG113), then the {@linkplain
   * CheckOptions.Builder#online online check} with the rules that hold entries to their papers'
   * records, then the suppression comments, and last the {@linkplain CheckOptions.Builder#scope
   * scope}. Problems with one file become its findings; the others are still checked. The result is
   * the same as a sequential run's, and with a cache the same as without.
   *
   * @param root the checked folder: findings name files relative to it, and relative links resolve
   *     inside it
   * @param files the files to check; a path that is not a readable UTF-8 file is a DG000 finding
   * @param options the listener, cache, online check and scope
   * @return the findings, with what suppression comments left out counted apart; never {@code null}
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalStateException if a worker thread fails or the check is interrupted
   * @throws RuntimeException what the online check or the listener throws
   * @since 0.1.0
   */
  public CheckResult check(Path root, List<Path> files, CheckOptions options) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(options, "options");
    Queue<EntryClaim> claims = new ConcurrentLinkedQueue<>();
    Consumer<DigestFile> listener =
        options.online().isPresent()
            ? options.listener().andThen(parsed -> claims.addAll(EntryClaim.of(parsed)))
            : options.listener();
    FileResultCache cache = options.cache().map(ResultCache::store).orElse(null);
    // One source per file, worked out once: it orders the files and names them in findings.
    Map<Path, DigestSource> sources = new HashMap<>();
    files.forEach(f -> sources.put(f, DigestSource.inRepository(root, f)));
    List<Path> ordered = new ArrayList<>(files);
    ordered.sort(Comparator.comparing(f -> sources.get(f).path()));
    RepositoryBoundary repository = RepositoryBoundary.around(root);
    List<FileOutcome> outcomes = outcomes(repository, root, ordered, sources, listener, cache);
    Tally tally = new Tally(options.scope());
    for (int i = 0; i < outcomes.size(); i++) {
      tally.add(sources.get(ordered.get(i)).path(), outcomes.get(i));
    }
    ValidationConfig config = validator.config();
    List<Finding> findings = tally.findings;
    findings.addAll(DuplicatePapers.find(tally.papers, config));
    Set<Rule> rulesRun = EnumSet.noneOf(Rule.class);
    rulesRun.addAll(config.rulesRun(false));
    if (options.online().isPresent()) {
      OnlineCheck.Answer answer =
          Objects.requireNonNull(options.online().get().run(), "the online check's answer");
      findings.addAll(answer.findings());
      findings = RecordRules.apply(findings, List.copyOf(claims), answer.records(), config);
      rulesRun.addAll(answer.rulesRun());
    }
    return CheckResult.filtered(
            findings,
            new SuppressionFilter(tally.suppressions, rulesRun, config),
            ordered.size(),
            tally.entries,
            tally.fingerprints)
        .onlyPaths(options.scope(), tally.inScope);
  }

  /** What the files' outcomes add up to; entries and files counted in the scope only. */
  private static final class Tally {
    final List<Finding> findings = new ArrayList<>();
    final List<PaperOccurrence> papers = new ArrayList<>();
    final Map<String, List<SuppressionScopes.Scope>> suppressions = new HashMap<>();
    final Map<Finding, String> fingerprints = new IdentityHashMap<>();
    final Predicate<String> scope;
    int entries;
    int inScope;

    Tally(Predicate<String> scope) {
      this.scope = scope;
    }

    void add(String path, FileOutcome outcome) {
      findings.addAll(outcome.findings());
      outcome.fingerprintsInto(fingerprints);
      papers.addAll(outcome.papers());
      if (scope.test(path)) {
        entries += outcome.entries();
        inScope++;
      }
      if (!outcome.suppressions().isEmpty()) {
        suppressions.put(path, outcome.suppressions());
      }
    }
  }

  /** Each file's outcome, in the order given; on every worker thread when there are several. */
  private List<FileOutcome> outcomes(
      RepositoryBoundary repository,
      Path root,
      List<Path> ordered,
      Map<Path, DigestSource> sources,
      Consumer<DigestFile> listener,
      FileResultCache cache) {
    DigestFileCheck reader =
        new DigestFileCheck(parser, validator, repository, root, listener, cache);
    List<FileOutcome> outcomes = new ArrayList<>();
    if (threads == 1 || ordered.size() < 2) {
      ordered.forEach(f -> outcomes.add(reader.check(sources.get(f), f)));
      return outcomes;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(threads, DaemonThreads.named("digest-check"));
    try {
      List<Future<FileOutcome>> futures = new ArrayList<>();
      ordered.forEach(f -> futures.add(pool.submit(() -> reader.check(sources.get(f), f))));
      for (Future<FileOutcome> future : futures) {
        outcomes.add(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking digests", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("checking a digest failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return outcomes;
  }

  /**
   * Releases the validator factory. The checker cannot be used after.
   *
   * @since 0.1.0
   */
  @Override
  public void close() {
    validator.close();
  }
}
