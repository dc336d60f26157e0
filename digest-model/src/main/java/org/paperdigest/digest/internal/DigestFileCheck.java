package org.paperdigest.digest.internal;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.paperdigest.digest.DecodedText;
import org.paperdigest.digest.DigestParser;
import org.paperdigest.digest.DigestValidator;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.Severity;
import org.paperdigest.digest.internal.cache.FileOutcome;
import org.paperdigest.digest.internal.cache.FileResultCache;
import org.paperdigest.digest.internal.cache.FileStamp;
import org.paperdigest.digest.internal.rules.LocalFiles;
import org.paperdigest.digest.internal.rules.PaperOccurrence;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.DigestSource;

/**
 * One file of a check, from disk to its outcome: found inside the repository, taken from the result
 * cache when it is unchanged, read, decoded, parsed, handed to the listener and validated. What
 * stops it on the way is its DG000 finding, naming the file and the place, never an exception: the
 * other files are still checked. Shared by the check's worker threads.
 */
public final class DigestFileCheck {

  private final DigestParser parser;
  private final DigestValidator validator;
  private final RepositoryBoundary repository;
  private final Path root;
  private final Consumer<DigestFile> listener;
  private final FileResultCache cache;

  /** A reader of the files of {@code root}; {@code cache} may be {@code null} for none. */
  public DigestFileCheck(
      DigestParser parser,
      DigestValidator validator,
      RepositoryBoundary repository,
      Path root,
      Consumer<DigestFile> listener,
      FileResultCache cache) {
    this.parser = parser;
    this.validator = validator;
    this.repository = repository;
    this.root = root;
    this.listener = listener;
    this.cache = cache;
  }

  /** The outcome of {@code file}, named {@code source} in findings. */
  public FileOutcome check(DigestSource source, Path file) {
    // Taken before the stamp: a write after this instant shows in the stamp or keeps it untrusted.
    long readAt = cache == null ? 0 : wallClockNanos();
    DigestFiles.Located located = DigestFiles.locate(repository, root, file);
    if (located.realPath().isEmpty()) {
      return unreadable(source, located.problem(), 1, 1);
    }
    Path real = located.realPath().get();
    FileStamp stamp = null;
    byte[] bytes;
    try {
      if (cache != null) {
        stamp = FileStamp.ofRegularFile(real);
        Optional<FileOutcome> unchanged = cache.unchanged(source.path(), stamp, repository);
        if (unchanged.isPresent()) {
          return unchanged.get();
        }
      }
      bytes = DigestFiles.read(real);
    } catch (NoSuchFileException e) {
      return unreadable(source, "the file was deleted before it could be read", 1, 1);
    } catch (IOException | SecurityException | OutOfMemoryError e) {
      return unreadable(source, "the file could not be read: " + DigestFiles.describe(e), 1, 1);
    }
    byte[] hash = null;
    if (cache != null) {
      hash = Sha256.of(bytes);
      Optional<FileOutcome> cached = cache.get(source.path(), hash, stamp, readAt, repository);
      if (cached.isPresent()) {
        return cached.get();
      }
    }
    FileOutcome outcome = checkBytes(source, bytes);
    if (cache != null) {
      // Worked out here, in parallel, rather than by a report writer: kept, they spare re-runs.
      outcome = outcome.withFingerprints();
      cache.put(source.path(), hash, stamp, readAt, outcome);
    }
    return outcome;
  }

  private static long wallClockNanos() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  private FileOutcome checkBytes(DigestSource source, byte[] bytes) {
    DecodedText decoded = DecodedText.decode(bytes);
    if (decoded.text().isEmpty()) {
      return unreadable(source, decoded.problem(), decoded.line(), decoded.column());
    }
    DigestFile parsed;
    try {
      parsed = parser.parse(source, decoded.text().get());
    } catch (RuntimeException | StackOverflowError e) {
      return unreadable(source, "the file could not be parsed: " + DigestFiles.describe(e), 1, 1);
    }
    listener.accept(parsed);
    return new FileOutcome(
        validator.validate(parsed),
        PaperOccurrence.of(parsed),
        parsed.entries().size(),
        SuppressionScopes.of(parsed).scopes(),
        LocalFiles.answers(parsed, repository));
  }

  private FileOutcome unreadable(DigestSource source, String problem, int line, int column) {
    Optional<Severity> severity = validator.config().severityOf(Rule.DG000, source.path());
    if (severity.isEmpty()) {
      return new FileOutcome(List.of());
    }
    return new FileOutcome(
        List.of(new Finding(Rule.DG000, severity.get(), source.path(), line, column, problem)));
  }
}
