package org.paperdigest.maven.service;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.paperdigest.digest.DecodedText;
import org.paperdigest.digest.DigestFixer;
import org.paperdigest.digest.RepositoryBoundary;
import org.paperdigest.digest.ValidationConfig;
import org.paperdigest.digest.model.DigestSource;
import org.paperdigest.maven.git.GitException;
import org.paperdigest.maven.git.GitWorkTree;
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
   * Unless {@code allowUncommitted}, only files git holds unchanged are rewritten.
   */
  public Outcome fix(RunSettings run, boolean dryRun, boolean allowUncommitted)
      throws DigestRunException {
    List<Path> files;
    try {
      files = DigestFileScanner.scan(run.root(), run.includes(), run.excludes());
    } catch (RuntimeException e) {
      throw new DigestRunException(
          "Cannot list the digest files of " + run.root() + ": " + e.getMessage(), e);
    }
    Predicate<String> mayRewrite = path -> true;
    if (!dryRun && !allowUncommitted) {
      try {
        mayRewrite = GitWorkTree.at(run.root()).committedUnchanged()::contains;
      } catch (GitException e) {
        throw new DigestRunException(
            "digest:fix rewrites files in place and cannot tell which hold edits not committed: "
                + e.getMessage()
                + ". Pass -Ddigest.allowUncommitted=true to fix them anyway, or -Ddigest.dryRun"
                + " to see the changes first",
            e);
      }
    }
    Outcome outcome = run(run.root(), files, run.check().validation(), mayRewrite, dryRun, log);
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
      Checked remaining = new DigestService(log).check(run.everyFileUncached(), false);
      log.info("What remains (links checked offline):");
      ConsoleReport.print(remaining.result(), remaining.triage(), false, log);
    }
    return outcome;
  }

  /**
   * Fixes {@code files} of {@code root}; those {@code mayRewrite} refuses (by relative path) are
   * left alone because they hold changes not committed.
   */
  static Outcome run(
      Path root,
      List<Path> files,
      ValidationConfig config,
      Predicate<String> mayRewrite,
      boolean dryRun,
      PluginLog log) {
    DigestFixer fixer = DigestFixer.create(config);
    RepositoryBoundary repository = RepositoryBoundary.around(root);
    int fixes = 0;
    int changed = 0;
    int skipped = 0;
    for (Path file : files) {
      DigestSource source = DigestSource.inRepository(root, file);
      String path = source.path();
      // The file itself, as the check read it: a link inside the repository keeps pointing at the
      // file fixed, and one out of it is neither read nor written through.
      Path real;
      byte[] before;
      try {
        real = readable(repository, file);
        before = read(real);
      } catch (IOException e) {
        log.warn(path + ": not fixed, it could not be read: " + e.getMessage());
        skipped++;
        continue;
      }
      DecodedText decoded = DecodedText.decode(before);
      if (decoded.text().isEmpty()) {
        log.warn(path + ": not fixed: " + decoded.problem());
        skipped++;
        continue;
      }
      DigestFixer.Result result = fixer.fix(source, decoded.text().get());
      if (!result.changed()) {
        continue;
      }
      if (!dryRun && !mayRewrite.test(path)) {
        log.warn(
            path
                + ": not fixed, git does not hold it as it is (commit it first, or pass"
                + " -Ddigest.allowUncommitted=true)");
        skipped++;
        continue;
      }
      byte[] after = result.text().getBytes(StandardCharsets.UTF_8);
      if (dryRun) {
        printDiff(path, decoded.text().get(), result.text(), lines -> log.block(Level.INFO, lines));
      } else {
        try {
          if (!Arrays.equals(before, read(real))) {
            log.warn(path + ": not fixed, it changed while it was being fixed; run again");
            skipped++;
            continue;
          }
          AtomicFiles.write(real, after, Durability.SYNCED);
        } catch (IOException e) {
          log.warn(path + ": not fixed, it could not be written: " + e.getMessage());
          skipped++;
          continue;
        }
      }
      for (DigestFixer.Fix fix : result.fixes()) {
        log.info(
            path
                + ":"
                + fix.position()
                + ": "
                + (dryRun ? "would fix " : "fixed ")
                + fix.rule().id()
                + " "
                + fix.rule().ruleName()
                + ": "
                + fix.description());
      }
      fixes += result.fixes().size();
      changed++;
    }
    return new Outcome(fixes, changed, skipped);
  }

  /**
   * The real path of the digest {@code file}; fails when it is not a file inside the repository.
   */
  private static Path readable(RepositoryBoundary repository, Path file) throws IOException {
    RepositoryBoundary.Target target = repository.resolve(file);
    return switch (target.kind()) {
      case FILE -> target.realPath().orElseThrow();
      case OUTSIDE ->
          throw new IOException("it is a symbolic link to a path outside the repository");
      case LOOP -> throw new IOException("it is a loop of symbolic links");
      case MISSING -> throw new NoSuchFileException("it no longer exists");
      case DIRECTORY, OTHER -> throw new IOException("it is not a regular file");
    };
  }

  private static byte[] read(Path real) throws IOException {
    try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
      return in.readAllBytes();
    }
  }

  /**
   * A unified diff of one file, {@code a/} and {@code b/} as git writes them, after an empty line:
   * its lines go to the log as one block, each made safe for a console there.
   */
  static void printDiff(String path, String before, String after, Consumer<List<String>> out) {
    List<String> original = lines(before);
    List<String> revised = lines(after);
    Patch<String> patch = DiffUtils.diff(original, revised);
    List<String> diff = new ArrayList<>();
    diff.add("");
    diff.addAll(UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, original, patch, 3));
    while (diff.size() > 1 && diff.get(diff.size() - 1).isBlank()) {
      diff.remove(diff.size() - 1);
    }
    out.accept(diff);
  }

  private static List<String> lines(String text) {
    String content = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    return new ArrayList<>(List.of(content.split("\r\n|\r|\n", -1)));
  }
}
