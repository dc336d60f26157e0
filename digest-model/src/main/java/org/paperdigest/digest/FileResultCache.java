package org.paperdigest.digest;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * findings (DG206) depend on those files too. Thread-safe.
 */
public final class FileResultCache {

  private static final int MAGIC = 0x44474331; // "DGC1"

  private record Cached(byte[] hash, FileOutcome outcome) {}

  private final Path file;
  private final String key;
  private final Map<String, Cached> previous;
  private final Map<String, Cached> current = new ConcurrentHashMap<>();
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();

  private FileResultCache(Path file, String key, Map<String, Cached> previous) {
    this.file = file;
    this.key = key;
    this.previous = previous;
  }

  /**
   * The cache in {@code file} for {@code key}; empty when the file does not exist, and also, after
   * a message to {@code warn}, when it cannot be read or belongs to another key.
   */
  public static FileResultCache load(Path file, String key, Consumer<String> warn) {
    Map<String, Cached> entries = new ConcurrentHashMap<>();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      DataInputStream data = new DataInputStream(in);
      if (data.readInt() != MAGIC) {
        warn.accept("The digest cache " + file + " is not a digest cache; it is rebuilt");
      } else if (!readString(data).equals(key)) {
        // Another configuration or plugin version: every result may differ.
        return new FileResultCache(file, key, entries);
      } else {
        int count = data.readInt();
        for (int i = 0; i < count; i++) {
          String path = readString(data);
          byte[] hash = data.readNBytes(data.readUnsignedByte());
          entries.put(path, new Cached(hash, readOutcome(data)));
        }
      }
    } catch (NoSuchFileException e) {
      return new FileResultCache(file, key, entries);
    } catch (IOException | RuntimeException e) {
      entries.clear();
      warn.accept("The digest cache " + file + " is damaged (" + e + "); it is rebuilt");
    }
    return new FileResultCache(file, key, entries);
  }

  /** How many files came from the cache in this run. */
  public int hits() {
    return hits.get();
  }

  /** How many files were checked because the cache did not have them unchanged. */
  public int misses() {
    return misses.get();
  }

  Optional<FileOutcome> get(String path, byte[] hash) {
    Cached cached = previous.get(path);
    if (cached != null && java.util.Arrays.equals(cached.hash(), hash)) {
      current.put(path, cached);
      hits.incrementAndGet();
      return Optional.of(cached.outcome());
    }
    misses.incrementAndGet();
    return Optional.empty();
  }

  void put(String path, byte[] hash, FileOutcome outcome) {
    current.put(path, new Cached(hash, outcome));
  }

  /**
   * Writes the results of this run's files, atomically (temporary file, then rename), unless every
   * file came from the cache and none went away, when the file on disk already says the same.
   */
  public void save() throws IOException {
    if (misses.get() == 0 && current.size() == previous.size() && !previous.isEmpty()) {
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

  private static FileOutcome readOutcome(DataInputStream in) throws IOException {
    Rule[] rules = Rule.values();
    Severity[] severities = Severity.values();
    List<Finding> findings = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      findings.add(
          new Finding(
              rules[in.readUnsignedByte()],
              severities[in.readUnsignedByte()],
              readString(in),
              in.readInt(),
              in.readInt(),
              readString(in),
              readString(in)));
    }
    List<PaperOccurrence> papers = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      papers.add(new PaperOccurrence(readString(in), readString(in), readPosition(in)));
    }
    int entries = in.readInt();
    List<Scope> scopes = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      Rule rule = rules[in.readUnsignedByte()];
      int first = in.readInt();
      int last = in.readInt();
      Suppression.Kind kind = Suppression.Kind.values()[in.readUnsignedByte()];
      String directive = readString(in);
      List<String> named = new ArrayList<>();
      for (int j = in.readInt(); j > 0; j--) {
        named.add(readString(in));
      }
      scopes.add(
          new Scope(rule, first, last, new Suppression(kind, directive, named, readPosition(in))));
    }
    return new FileOutcome(findings, papers, entries, scopes, true);
  }

  private static void writePosition(DataOutputStream out, SourcePosition p) throws IOException {
    out.writeInt(p.line());
    out.writeInt(p.column());
  }

  private static SourcePosition readPosition(DataInputStream in) throws IOException {
    return new SourcePosition(in.readInt(), in.readInt());
  }

  private static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > 1 << 28) {
      throw new IOException("bad string length " + length);
    }
    byte[] bytes = in.readNBytes(length);
    if (bytes.length != length) {
      throw new EOFException();
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
