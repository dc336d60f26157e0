package org.paperdigest.digest.internal.cache;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.paperdigest.digest.internal.RepositoryBoundary;

/**
 * Per-file check results between runs, keyed by the file's path and the SHA-256 of its bytes, so an
 * unchanged file is not parsed or validated again; its findings, papers (DG113 still compares every
 * file) and suppression comments come from the cache. The whole cache belongs to one {@code key}
 * (the configuration's fingerprint and the tool version): a cache written under another key, or a
 * file that is not a cache or is damaged, is ignored with a warning and rebuilt. Only files seen in
 * the last run are kept. A file that links to other files of the repository keeps, with its entry,
 * which files those are and what each led to: its findings (DG206) depend on them too, so it is
 * checked again when one of them comes or goes.
 *
 * <p>With each hash the cache keeps the file's {@link FileStamp} when the file had been left alone
 * for {@link #SETTLE_TIME} before it was read: a file whose stamp is the same in the next run is
 * taken from the cache without being read. A stamp taken sooner after a write is not kept, so that
 * file is read and hashed again next time. Thread-safe.
 */
public final class FileResultCache {

  /**
   * "DGC" and the format's version: "2" since the stamps, "3" since the repository files, "4" since
   * what each of those led to (a file, nothing, a link out of the repository).
   */
  private static final int MAGIC = 0x44474334;

  /**
   * How long a file must have been left alone before it was read for its stamp to be kept: well
   * above the timestamp resolution of common file systems (FAT's is 2 s) and small clock skews.
   */
  public static final Duration SETTLE_TIME = Duration.ofSeconds(3);

  /** A file's hash, its stamp when one may be trusted ({@code null} otherwise), and its outcome. */
  private record Cached(byte[] hash, FileStamp stamp, FileOutcome outcome) {}

  private final Path file;
  private final String key;
  private final long settleNanos;
  private final Map<String, Cached> previous;
  private final Map<String, Cached> current = new ConcurrentHashMap<>();
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger unread = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();
  private volatile boolean restamped;

  private FileResultCache(Path file, String key, Duration settle, Map<String, Cached> previous) {
    this.file = file;
    this.key = key;
    this.settleNanos = settle.toNanos();
    this.previous = previous;
  }

  /**
   * The cache in {@code file} for {@code key}; empty when the file does not exist, and also, after
   * a message to {@code warn}, when it cannot be read or belongs to another key.
   */
  public static FileResultCache load(Path file, String key, Consumer<String> warn) {
    return load(file, key, warn, SETTLE_TIME);
  }

  /**
   * Like {@link #load(Path, String, Consumer)}, keeping stamps taken {@code settle} after a write.
   */
  public static FileResultCache load(
      Path file, String key, Consumer<String> warn, Duration settle) {
    Map<String, Cached> entries = new ConcurrentHashMap<>();
    try (CacheInput data = new CacheInput(Files.newInputStream(file))) {
      int magic = data.readInt();
      if (magic >>> 8 != MAGIC >>> 8) {
        warn.accept("The digest cache " + file + " is not a digest cache; it is rebuilt");
      } else if (magic != MAGIC) {
        // Written by a version of the plugin with another format: rebuilt like another key.
        return new FileResultCache(file, key, settle, entries);
      } else if (!data.readString().equals(key)) {
        // Another configuration or plugin version: every result may differ.
        return new FileResultCache(file, key, settle, entries);
      } else {
        int count = data.readInt();
        for (int i = 0; i < count; i++) {
          String path = data.readString();
          byte[] hash = data.readBytes(data.readUnsignedByte());
          FileStamp stamp =
              data.readUnsignedByte() == 0
                  ? null
                  : new FileStamp(
                      data.readLong(),
                      data.readLong(),
                      data.readLong(),
                      data.readLong(),
                      data.readLong());
          entries.put(path, new Cached(hash, stamp, OutcomeCodec.readOutcome(data)));
        }
      }
    } catch (NoSuchFileException e) {
      return new FileResultCache(file, key, settle, entries);
    } catch (IOException | RuntimeException e) {
      entries.clear();
      warn.accept("The digest cache " + file + " is damaged (" + e + "); it is rebuilt");
    }
    return new FileResultCache(file, key, settle, entries);
  }

  /** How many files came from the cache in this run. */
  public int hits() {
    return hits.get();
  }

  /** How many of the {@link #hits} were known unchanged by their stamps, without being read. */
  public int unread() {
    return unread.get();
  }

  /** How many files were checked because the cache did not have them unchanged. */
  public int misses() {
    return misses.get();
  }

  /**
   * The outcome of the file at {@code path} when its {@code stamp} (may be {@code null}) is the one
   * kept with its hash: the file has not been written since it was hashed; and the repository files
   * it links to in {@code repository} lead to what they did.
   */
  public Optional<FileOutcome> unchanged(
      String path, FileStamp stamp, RepositoryBoundary repository) {
    Cached cached = previous.get(path);
    if (stamp == null
        || cached == null
        || !stamp.equals(cached.stamp())
        || !cached.outcome().localFilesUnchangedIn(repository)) {
      return Optional.empty();
    }
    current.put(path, cached);
    hits.incrementAndGet();
    unread.incrementAndGet();
    return Optional.of(cached.outcome());
  }

  /**
   * The outcome of the file at {@code path} when its bytes hash to {@code hash} and the repository
   * files it links to in {@code repository} are as they were; {@code stamp} is the file's stamp,
   * taken just after {@code readAtNanos} (wall clock) and before it was read.
   */
  public Optional<FileOutcome> get(
      String path, byte[] hash, FileStamp stamp, long readAtNanos, RepositoryBoundary repository) {
    Cached cached = previous.get(path);
    if (cached != null
        && Arrays.equals(cached.hash(), hash)
        && cached.outcome().localFilesUnchangedIn(repository)) {
      FileStamp kept = settled(stamp, readAtNanos);
      current.put(path, new Cached(hash, kept, cached.outcome()));
      if (!Objects.equals(kept, cached.stamp())) {
        restamped = true;
      }
      hits.incrementAndGet();
      return Optional.of(cached.outcome());
    }
    misses.incrementAndGet();
    return Optional.empty();
  }

  /** Records the outcome of the file at {@code path}; see {@link #get} for the other parameters. */
  public void put(
      String path, byte[] hash, FileStamp stamp, long readAtNanos, FileOutcome outcome) {
    current.put(path, new Cached(hash, settled(stamp, readAtNanos), outcome));
  }

  private FileStamp settled(FileStamp stamp, long readAtNanos) {
    return stamp != null && stamp.settledBefore(readAtNanos - settleNanos) ? stamp : null;
  }

  /**
   * Writes the results of this run's files, atomically (temporary file, then rename), unless every
   * file came from the cache and none went away, when the file on disk already says the same.
   */
  public void save() throws IOException {
    if (misses.get() == 0
        && !restamped
        && current.size() == previous.size()
        && !previous.isEmpty()) {
      return;
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      // Streamed: the cache of a large repository is tens of megabytes.
      try (DataOutputStream data =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
        data.writeInt(MAGIC);
        OutcomeCodec.writeString(data, key);
        List<Map.Entry<String, Cached>> entries = new ArrayList<>(current.entrySet());
        entries.sort(Map.Entry.comparingByKey());
        data.writeInt(entries.size());
        for (Map.Entry<String, Cached> entry : entries) {
          OutcomeCodec.writeString(data, entry.getKey());
          data.writeByte(entry.getValue().hash().length);
          data.write(entry.getValue().hash());
          FileStamp stamp = entry.getValue().stamp();
          data.writeByte(stamp == null ? 0 : 1);
          if (stamp != null) {
            data.writeLong(stamp.size());
            data.writeLong(stamp.modified());
            data.writeLong(stamp.changed());
            data.writeLong(stamp.inode());
            data.writeLong(stamp.device());
          }
          OutcomeCodec.writeOutcome(data, entry.getValue().outcome());
        }
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
