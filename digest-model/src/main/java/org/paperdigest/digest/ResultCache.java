package org.paperdigest.digest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.paperdigest.digest.internal.cache.FileResultCache;

/**
 * Per-file check results kept in a file between runs, for {@link DigestChecker#check(Path,
 * java.util .List, ResultCache)}: a file whose bytes are unchanged (and whose linked repository
 * files exist, or not, as before) is not parsed or validated again, yet the run reports exactly
 * what it would without a cache. Everything in the file belongs to one key, which must change
 * whenever anything that changes findings does (the configuration's {@link
 * ValidationConfig#fingerprint()} and the tool's version): a cache of another key, another format,
 * or a damaged one is not used, and is rebuilt. Thread-safe; {@link #save()} after the run.
 */
public final class ResultCache {

  private final FileResultCache store;

  private ResultCache(FileResultCache store) {
    this.store = store;
  }

  /**
   * The cache kept in {@code file} for {@code key}: empty when the file does not exist, and, after
   * a message to {@code warn}, when it cannot be read or is not a cache. Never throws for a bad
   * file.
   */
  public static ResultCache load(Path file, String key, Consumer<String> warn) {
    return new ResultCache(
        FileResultCache.load(
            Objects.requireNonNull(file, "file"),
            Objects.requireNonNull(key, "key"),
            Objects.requireNonNull(warn, "warn")));
  }

  /**
   * Like {@link #load(Path, String, Consumer)}, trusting file stamps taken {@code settle} after a
   * write.
   */
  static ResultCache load(Path file, String key, Consumer<String> warn, Duration settle) {
    return new ResultCache(FileResultCache.load(file, key, warn, settle));
  }

  /** How many files of the last run came from the cache. */
  public int reused() {
    return store.hits();
  }

  /**
   * How many of {@link #reused()} were known unchanged by their file stamps, without being read.
   */
  public int unread() {
    return store.unread();
  }

  /**
   * How many files of the last run were checked because the cache did not have them as they are.
   */
  public int checked() {
    return store.misses();
  }

  /**
   * Writes the results of the last run's files to the cache's file, atomically; nothing when it
   * would write what the file already holds.
   */
  public void save() throws IOException {
    store.save();
  }

  FileResultCache store() {
    return store;
  }
}
