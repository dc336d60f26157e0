package org.paperdigest.maven.service;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.DecodedText;
import org.paperdigest.digest.DigestFixer;
import org.paperdigest.digest.DigestParser;
import org.paperdigest.digest.PaperRecord;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.ValidationConfig;
import org.paperdigest.digest.internal.DigestFiles;
import org.paperdigest.digest.internal.RepositoryBoundary;
import org.paperdigest.digest.internal.TextLines;
import org.paperdigest.digest.model.DigestSource;
import org.paperdigest.maven.baseline.Baseline;
import org.paperdigest.maven.baseline.Triage;
import org.paperdigest.maven.git.GitException;
import org.paperdigest.maven.git.GitWorkTree;
import org.paperdigest.maven.links.LinkChecker;
import org.paperdigest.maven.links.settings.LinkMode;
import org.paperdigest.maven.output.AtomicFiles;
import org.paperdigest.maven.output.AtomicFiles.Durability;
import org.paperdigest.maven.output.PluginLog;
import org.paperdigest.maven.output.PluginLog.Level;
import org.paperdigest.maven.report.ConsoleReport;

/**
 * The fix goal without Maven types: fixes each file in memory, then writes it atomically, or prints
 * a unified diff instead, and then checks again and prints what remains. A file that is not UTF-8,
 * that has changes not committed (unless allowed), or that changed while it was being fixed is left
 * as it is and reported.
 */
public final class FixService {

  /** What a run did: fixes made (or that would be), files changed, files left alone. */
  public record Outcome(int fixes, int files, int skipped) {}

  private final PluginLog log;

  public FixService(PluginLog log) {
    this.log = log;
  }

  /**
   * Fixes the files {@code run} selects; with {@code dryRun} prints what would change instead.
   * Unless {@code allowUncommitted}, only files git holds unchanged are rewritten. With links
   * online, author lists are also held to arXiv's records of their papers (DG121, DG122, DG110).
   * With a ratchet only the files changed since its ref are fixed, and checked again after.
   */
  public Outcome fix(RunSettings run, boolean dryRun, boolean allowUncommitted)
      throws DigestRunException {
    // Read before anything is written, so a baseline that cannot be used changes no file; a dry
    // run lists nothing after, and needs none.
    Optional<Baseline> baseline = dryRun ? Optional.empty() : DigestService.readBaseline(run, log);
    Predicate<String> inScope = DigestService.ratchetScope(run, log);
    List<Path> all = DigestService.scan(run, log);
    List<Path> files =
        all.stream()
            .filter(f -> inScope.test(DigestSource.inRepository(run.root(), f).path()))
            .toList();
    Predicate<String> mayRewrite = dryRun || allowUncommitted ? path -> true : committed(run);
    ValidationConfig config = run.check().validation();
    Map<String, PaperRecord> records = records(run, files);
    Outcome outcome = run(run.root(), files, config, records, mayRewrite, dryRun, log);
    log.info(
        (dryRun ? "Would fix " : "Fixed ")
            + outcome.fixes()
            + " problem(s) in "
            + outcome.files()
            + " of "
            + files.size()
            + " file(s)"
            + (outcome.skipped() > 0 ? "; " + outcome.skipped() + " file(s) left alone" : "")
            + (dryRun ? " (dry run: nothing written)" : ""));
    if (!dryRun) {
      CheckResult remaining = FileCheck.recheck(run.root(), all, config, records, inScope);
      log.info(
          records.isEmpty()
              ? "What remains (links checked offline):"
              : "What remains (links checked offline, authors against arXiv's records):");
      ConsoleReport.print(remaining, Triage.of(baseline, remaining.findings()), false, log);
    }
    return outcome;
  }

  /** The files git holds unchanged, by relative path: the only ones a fix may rewrite. */
  private static Predicate<String> committed(RunSettings run) throws DigestRunException {
    try {
      return GitWorkTree.at(run.root()).committedUnchanged()::contains;
    } catch (GitException e) {
      throw new DigestRunException(
          "digest:fix rewrites files in place and cannot tell which hold edits not committed: "
              + e.getMessage()
              + ". Pass -Ddigest.allowUncommitted=true to fix them anyway, or -Ddigest.dryRun"
              + " to see the changes first",
          e);
    }
  }

  /**
   * arXiv's records of the papers the files' entries name, when links are online and a rule that
   * reads them is on; none otherwise.
   */
  private Map<String, PaperRecord> records(RunSettings run, List<Path> files) {
    ValidationConfig config = run.check().validation();
    boolean wanted =
        config.isEnabled(Rule.DG121)
            || config.isEnabled(Rule.DG122)
            || config.isEnabled(Rule.DG110);
    if (run.check().links().mode() != LinkMode.ONLINE || !wanted) {
      return Map.of();
    }
    DigestParser parser = DigestParser.create();
    RepositoryBoundary repository = RepositoryBoundary.around(run.root());
    Set<String> ids = new LinkedHashSet<>();
    for (Path file : files) {
      DigestSource source = DigestSource.inRepository(run.root(), file);
      contents(repository, run.root(), file)
          .flatMap(bytes -> DecodedText.decode(bytes).text())
          .map(text -> parser.parse(source, text))
          .ifPresent(
              parsed ->
                  parsed
                      .entries()
                      .forEach(e -> e.title().arxivId().ifPresent(id -> ids.add(id.id()))));
    }
    try (LinkChecker arxiv = new LinkChecker(run.check().links(), config, repository, log)) {
      return arxiv.records(ids);
    }
  }

  /** The bytes of the digest {@code file} inside the repository; empty when it cannot be read. */
  private static Optional<byte[]> contents(RepositoryBoundary repository, Path root, Path file) {
    try {
      Optional<Path> real = DigestFiles.locate(repository, root, file).realPath();
      return real.isEmpty() ? Optional.empty() : Optional.of(DigestFiles.read(real.get()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Fixes {@code files} of {@code root}, holding authors to {@code records}; those {@code
   * mayRewrite} refuses (by relative path) are left alone because they hold changes not committed.
   */
  static Outcome run(
      Path root,
      List<Path> files,
      ValidationConfig config,
      Map<String, PaperRecord> records,
      Predicate<String> mayRewrite,
      boolean dryRun,
      PluginLog log) {
    DigestFixer fixer = DigestFixer.create(config);
    RepositoryBoundary repository = RepositoryBoundary.around(root);
    int fixes = 0;
    int changed = 0;
    int skipped = 0;
    for (Path file : files) {
      int made = fixOne(repository, root, file, fixer, records, mayRewrite, dryRun, log);
      if (made < 0) {
        skipped++;
      } else if (made > 0) {
        fixes += made;
        changed++;
      }
    }
    return new Outcome(fixes, changed, skipped);
  }

  /** Fixes one file; returns the number of fixes made, or -1 when the file was left alone. */
  private static int fixOne(
      RepositoryBoundary repository,
      Path root,
      Path file,
      DigestFixer fixer,
      Map<String, PaperRecord> records,
      Predicate<String> mayRewrite,
      boolean dryRun,
      PluginLog log) {
    DigestSource source = DigestSource.inRepository(root, file);
    String path = source.path();
    // The file itself, as the check read it: a link inside the repository keeps pointing at the
    // file fixed, and one out of it is neither read nor written through.
    DigestFiles.Located located = DigestFiles.locate(repository, root, file);
    if (located.realPath().isEmpty()) {
      log.warn(path + ": not fixed: " + located.problem());
      return -1;
    }
    Path real = located.realPath().get();
    byte[] before;
    try {
      before = DigestFiles.read(real);
    } catch (IOException e) {
      log.warn(path + ": not fixed, it could not be read: " + DigestFiles.describe(e));
      return -1;
    }
    DecodedText decoded = DecodedText.decode(before);
    if (decoded.text().isEmpty()) {
      log.warn(path + ": not fixed: " + decoded.problem());
      return -1;
    }
    DigestFixer.Result result = fixer.fix(source, decoded.text().get(), records);
    if (!result.changed()) {
      return 0;
    }
    if (!dryRun && !mayRewrite.test(path)) {
      log.warn(
          path
              + ": not fixed, git does not hold it as it is (commit it first, or pass"
              + " -Ddigest.allowUncommitted=true)");
      return -1;
    }
    if (dryRun) {
      printDiff(path, decoded.text().get(), result.text(), lines -> log.block(Level.INFO, lines));
    } else if (!write(real, path, before, result.text(), log)) {
      return -1;
    }
    result.fixes().forEach(fix -> log.info(said(path, fix, dryRun)));
    return result.fixes().size();
  }

  /** One fix as the log says it: where, the rule, and what was (or would be) done. */
  private static String said(String path, DigestFixer.Fix fix, boolean dryRun) {
    return path
        + ":"
        + fix.position()
        + ": "
        + (dryRun ? "would fix " : "fixed ")
        + fix.rule().id()
        + " "
        + fix.rule().ruleName()
        + ": "
        + fix.description();
  }

  /** Replaces {@code file} atomically with {@code text}, unless it changed since it was read. */
  private static boolean write(Path file, String path, byte[] before, String text, PluginLog log) {
    try {
      if (!Arrays.equals(before, DigestFiles.read(file))) {
        log.warn(path + ": not fixed, it changed while it was being fixed; run again");
        return false;
      }
      AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8), Durability.SYNCED);
      return true;
    } catch (IOException e) {
      log.warn(path + ": not fixed, it could not be written: " + e.getMessage());
      return false;
    }
  }

  /**
   * A unified diff of one file, {@code a/} and {@code b/} as git writes them, after an empty line:
   * its lines go to the log as one block, each made safe for a console there.
   */
  static void printDiff(String path, String before, String after, Consumer<List<String>> out) {
    List<String> original = TextLines.of(before);
    List<String> revised = TextLines.of(after);
    Patch<String> patch = DiffUtils.diff(original, revised);
    List<String> diff = new ArrayList<>();
    diff.add("");
    diff.addAll(UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, original, patch, 3));
    while (diff.size() > 1 && diff.get(diff.size() - 1).isBlank()) {
      diff.remove(diff.size() - 1);
    }
    out.accept(diff);
  }
}
