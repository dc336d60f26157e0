package org.paperdigest.digest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.paperdigest.digest.internal.cache.FileResultCache;

/**
 * Per-file check results kept in a file between runs, for {@link CheckOptions.Builder#cache}: a
 * file whose bytes are unchanged (and whose linked repository files exist, or not, as before) is
 * not parsed or validated again, yet the run reports exactly what it would without a cache.
 * Everything in the file belongs to one key, which must change whenever anything that changes
 * findings does (the configuration's {@link ValidationConfig#cacheKey()} and the caller's own
 * version): a cache of another key, another format, or a damaged one is not used, and is rebuilt.
 * Thread-safe; {@link #save()} after the run.
 *
 * @since 0.1.0
 */
public final class ResultCache {

  private final FileResultCache store;

  private ResultCache(FileResultCache store) {
    this.store = store;
  }

  /**
   * The cache kept in {@code file} for {@code key}. Never throws for a bad file: a missing file
   * gives an empty cache, and one that cannot be read, is not a cache, or is another key's gives an
   * empty cache after a message to {@code warn}.
   *
   * @param file where the cache is kept; it need not exist
   * @param key what the results depend on: the configuration's {@link ValidationConfig#cacheKey()}
   *     and the caller's version
   * @param warn takes a message, one line, when the file is not used
   * @return the cache; never {@code null}
   * @throws NullPointerException if an argument is {@code null}
   * @since 0.1.0
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

  /**
   * How many files of the last check came from the cache.
   *
   * @return the count, 0 or more
   * @since 0.1.0
   */
  public int reused() {
    return store.hits();
  }

  /**
   * How many of {@link #reused()} were known unchanged by their file stamps, without being read.
   *
   * @return the count, 0 or more
   * @since 0.1.0
   */
  public int unread() {
    return store.unread();
  }

  /**
   * How many files of the last check were checked because the cache did not hold them as they are.
   *
   * @return the count, 0 or more
   * @since 0.1.0
   */
  public int checked() {
    return store.misses();
  }

  /**
   * Writes the results of the last check's files to the cache's file, atomically (the file is
   * replaced whole or not at all); writes nothing when the file already holds them.
   *
   * @throws IOException if the file cannot be written
   * @since 0.1.0
   */
  public void save() throws IOException {
    store.save();
  }

  FileResultCache store() {
    return store;
  }
}
