package org.paperdigest.digest;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
import org.paperdigest.digest.internal.SuppressionScopes.Scope;
import org.paperdigest.digest.model.SourcePosition;
import org.paperdigest.digest.model.Suppression;

/**
 * Per-file check results between runs, keyed by the file's path and the SHA-256 of its bytes, so an
 * unchanged file is not parsed or validated again; its findings, papers (DG113 still compares every
 * file) and suppression comments come from the cache. The whole cache belongs to one {@code key}
 * (the configuration's fingerprint and the tool version): a cache written under another key, or a
 * file that is not a cache or is damaged, is ignored with a warning and rebuilt. Only files seen in
 * the last run are kept, and never a file that links to other files of the repository, whose
 * findings (DG206) depend on those files too.
 *
 * <p>With each hash the cache keeps the file's {@link FileStamp} when the file had been left alone
 * for {@link #SETTLE_TIME} before it was read: a file whose stamp is the same in the next run is
 * taken from the cache without being read. A stamp taken sooner after a write is not kept, so that
 * file is read and hashed again next time. Thread-safe.
 */
public final class FileResultCache {

  /** "DGC" and the format's version, "2" since the stamps. */
  private static final int MAGIC = 0x44474332;

  /**
   * How long a file must have been left alone before it was read for its stamp to be kept: well
   * above the timestamp resolution of common file systems (FAT's is 2 s) and small clock skews.
   */
  static final Duration SETTLE_TIME = Duration.ofSeconds(3);

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
  static FileResultCache load(Path file, String key, Consumer<String> warn, Duration settle) {
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
          entries.put(path, new Cached(hash, stamp, readOutcome(data)));
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
   * kept with its hash: the file has not been written since it was hashed.
   */
  Optional<FileOutcome> unchanged(String path, FileStamp stamp) {
    Cached cached = previous.get(path);
    if (stamp == null || cached == null || !stamp.equals(cached.stamp())) {
      return Optional.empty();
    }
    current.put(path, cached);
    hits.incrementAndGet();
    unread.incrementAndGet();
    return Optional.of(cached.outcome());
  }

  /**
   * The outcome of the file at {@code path} when its bytes hash to {@code hash}; {@code stamp} is
   * the file's stamp, taken just after {@code readAtNanos} (wall clock) and before it was read.
   */
  Optional<FileOutcome> get(String path, byte[] hash, FileStamp stamp, long readAtNanos) {
    Cached cached = previous.get(path);
    if (cached != null && Arrays.equals(cached.hash(), hash)) {
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
  void put(String path, byte[] hash, FileStamp stamp, long readAtNanos, FileOutcome outcome) {
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
        writeString(data, key);
        List<Map.Entry<String, Cached>> entries = new ArrayList<>(current.entrySet());
        entries.sort(Map.Entry.comparingByKey());
        data.writeInt(entries.size());
        for (Map.Entry<String, Cached> entry : entries) {
          writeString(data, entry.getKey());
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
          writeOutcome(data, entry.getValue().outcome());
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

  private static void writeOutcome(DataOutputStream out, FileOutcome outcome) throws IOException {
    out.writeInt(outcome.findings().size());
    for (Finding f : outcome.findings()) {
      out.writeByte(f.rule().ordinal());
      out.writeByte(f.severity().ordinal());
      writeString(out, f.path());
      out.writeInt(f.line());
      out.writeInt(f.column());
      writeString(out, f.message());
      writeString(out, f.subject());
    }
    out.writeByte(outcome.fingerprints().isEmpty() ? 0 : 1);
    for (String fingerprint : outcome.fingerprints()) {
      writeString(out, fingerprint);
    }
    out.writeInt(outcome.papers().size());
    for (PaperOccurrence p : outcome.papers()) {
      writeString(out, p.arxivId());
      writeString(out, p.path());
      writePosition(out, p.position());
    }
    out.writeInt(outcome.entries());
    out.writeInt(outcome.suppressions().size());
    for (Scope scope : outcome.suppressions()) {
      out.writeByte(scope.rule().ordinal());
      out.writeInt(scope.first());
      out.writeInt(scope.last());
      Suppression comment = scope.comment();
      out.writeByte(comment.kind().ordinal());
      writeString(out, comment.directive());
      out.writeInt(comment.rules().size());
      for (String rule : comment.rules()) {
        writeString(out, rule);
      }
      writePosition(out, comment.position());
    }
  }

  private static FileOutcome readOutcome(CacheInput in) throws IOException {
    Rule[] rules = Rule.values();
    Severity[] severities = Severity.values();
    List<Finding> findings = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      findings.add(
          new Finding(
              rules[in.readUnsignedByte()],
              severities[in.readUnsignedByte()],
              in.readString(),
              in.readInt(),
              in.readInt(),
              in.readString(),
              in.readString()));
    }
    List<String> fingerprints = new ArrayList<>();
    if (in.readUnsignedByte() != 0) {
      for (int i = 0; i < findings.size(); i++) {
        fingerprints.add(in.readString());
      }
    }
    List<PaperOccurrence> papers = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      papers.add(new PaperOccurrence(in.readString(), in.readString(), readPosition(in)));
    }
    int entries = in.readInt();
    List<Scope> scopes = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      Rule rule = rules[in.readUnsignedByte()];
      int first = in.readInt();
      int last = in.readInt();
      Suppression.Kind kind = Suppression.Kind.values()[in.readUnsignedByte()];
      String directive = in.readString();
      List<String> named = new ArrayList<>();
      for (int j = in.readInt(); j > 0; j--) {
        named.add(in.readString());
      }
      scopes.add(
          new Scope(rule, first, last, new Suppression(kind, directive, named, readPosition(in))));
    }
    return new FileOutcome(findings, papers, entries, scopes, true, fingerprints);
  }

  private static void writePosition(DataOutputStream out, SourcePosition p) throws IOException {
    out.writeInt(p.line());
    out.writeInt(p.column());
  }

  private static SourcePosition readPosition(CacheInput in) throws IOException {
    return new SourcePosition(in.readInt(), in.readInt());
  }

  private static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /**
   * Reads what {@link #save} wrote from a buffer of its own: a large cache holds millions of
   * numbers, and {@code DataInputStream} over a buffered stream takes a lock for every byte.
   */
  private static final class CacheInput implements AutoCloseable {

    private final InputStream in;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).flip();

    CacheInput(InputStream in) {
      this.in = in;
    }

    private ByteBuffer need(int bytes) throws IOException {
      if (buffer.remaining() < bytes) {
        buffer.compact();
        while (buffer.position() < bytes) {
          int read = in.read(buffer.array(), buffer.position(), buffer.remaining());
          if (read < 0) {
            throw new EOFException();
          }
          buffer.position(buffer.position() + read);
        }
        buffer.flip();
      }
      return buffer;
    }

    int readUnsignedByte() throws IOException {
      return need(1).get() & 0xff;
    }

    int readInt() throws IOException {
      return need(4).getInt();
    }

    long readLong() throws IOException {
      return need(8).getLong();
    }

    byte[] readBytes(int length) throws IOException {
      byte[] bytes = new byte[length];
      int inBuffer = Math.min(length, buffer.remaining());
      buffer.get(bytes, 0, inBuffer);
      if (in.readNBytes(bytes, inBuffer, length - inBuffer) != length - inBuffer) {
        throw new EOFException();
      }
      return bytes;
    }

    String readString() throws IOException {
      int length = readInt();
      if (length < 0 || length > 1 << 28) {
        throw new IOException("bad string length " + length);
      }
      if (length <= buffer.capacity()) {
        ByteBuffer b = need(length);
        String text = new String(b.array(), b.position(), length, StandardCharsets.UTF_8);
        b.position(b.position() + length);
        return text;
      }
      return new String(readBytes(length), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
