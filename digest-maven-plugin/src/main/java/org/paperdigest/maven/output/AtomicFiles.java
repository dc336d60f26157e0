package org.paperdigest.maven.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file through a temporary sibling and a rename, so readers never see half of it; what the
 * user keeps is flushed to disk first (see {@link Durability}).
 */
public final class AtomicFiles {

  /** Whether a write waits for the disk before the rename. */
  public enum Durability {
    /**
     * Flushed to disk before the rename: even a power cut leaves the old file or the new one. For
     * what the user wrote or keeps under version control: fixed digests, the baseline.
     */
    SYNCED,
    /**
     * Renamed into place without waiting for the disk: readers never see half of it, but a power
     * cut right after may leave the file empty. For what the next build makes again: reports,
     * caches. Waiting would cost more than the write itself for a large report.
     */
    BUILD_OUTPUT
  }

  /** Streams JSON without data binding; {@link JsonTrees} has the mapper for trees. */
  private static final JsonFactory JSON = new JsonFactory();

  private AtomicFiles() {}

  /** What writes a file's content to the stream it is given. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** What writes a JSON document, value by value, to the generator it is given. */
  @FunctionalInterface
  public interface JsonContent {
    void writeTo(JsonGenerator json) throws IOException;
  }

  /**
   * Writes a JSON document streamed through a generator, indented as {@link JsonTrees#MAPPER}
   * indents, with a final newline: reports with many findings never hold the whole document in
   * memory.
   */
  public static Path writeJson(Path target, JsonContent content, Durability durability)
      throws IOException {
    return writeJson(target, content, durability, true);
  }

  /**
   * Like {@link #writeJson(Path, JsonContent, Durability)}, on one line: for files only tools read,
   * where size counts (SARIF, whose upload GitHub limits).
   */
  public static Path writeCompactJson(Path target, JsonContent content, Durability durability)
      throws IOException {
    return writeJson(target, content, durability, false);
  }

  private static Path writeJson(
      Path target, JsonContent content, Durability durability, boolean indented)
      throws IOException {
    return write(
        target,
        out -> {
          try (JsonGenerator json =
              JSON.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            if (indented) {
              json.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            content.writeTo(json);
          }
          out.write('\n');
        },
        durability);
  }

  /**
   * Like {@link #writeJson(Path, JsonContent, Durability)}, for content that writes trees ({@code
   * writeTree}) as well as values: the generator gets {@link JsonTrees#MAPPER} to write them.
   */
  public static Path writeJsonWithTrees(Path target, JsonContent content, Durability durability)
      throws IOException {
    return writeJson(
        target,
        generator -> {
          generator.setCodec(JsonTrees.MAPPER);
          content.writeTo(generator);
        },
        durability);
  }

  /** Writes {@code json} indented, with a final newline. */
  public static Path writeJson(Path target, JsonNode json, Durability durability)
      throws IOException {
    return writeJsonWithTrees(target, generator -> generator.writeTree(json), durability);
  }

  /**
   * Replaces {@code target} with {@code content}; see {@link #write(Path, Content, Durability)}.
   */
  public static Path write(Path target, byte[] content, Durability durability) throws IOException {
    return write(target, out -> out.write(content), durability);
  }

  /**
   * Replaces {@code target} with {@code content}: a crash at any moment leaves the old file or the
   * new one (a power cut too when {@link Durability#SYNCED}). A file that exists keeps its
   * permissions. A symbolic link at {@code target} is replaced by the file, and what it points at
   * is neither written nor looked at: a pull request can commit a link where a report goes.
   */
  public static Path write(Path target, Content content, Durability durability) throws IOException {
    Path file = target;
    Files.createDirectories(file.toAbsolutePath().getParent());
    // Not Files.createTempFile, which makes the file private (0600): a new report gets the
    // permissions of any file the user creates (their umask); an existing one keeps its own.
    Path temp =
        file.toAbsolutePath()
            .getParent()
            .resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        content.writeTo(out);
        out.flush();
        if (durability == Durability.SYNCED) {
          channel.force(true); // on disk before the rename makes it visible
        }
      }
      keepPermissions(file, temp);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    return target;
  }

  /** Gives {@code temp} the permissions of the regular file {@code existing}, if there is one. */
  private static void keepPermissions(Path existing, Path temp) throws IOException {
    if (Files.isRegularFile(existing, LinkOption.NOFOLLOW_LINKS)
        && existing.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(
          temp, Files.getPosixFilePermissions(existing, LinkOption.NOFOLLOW_LINKS));
    }
  }
}
