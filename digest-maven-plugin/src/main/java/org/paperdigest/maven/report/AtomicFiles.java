package org.paperdigest.maven.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file through a temporary sibling, flushed to disk, and a rename, so readers never see
 * half of it.
 */
public final class AtomicFiles {

  /** The mapper of the JSON-based reports: indented, so the files diff well. */
  public static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AtomicFiles() {}

  /** Writes {@code json} indented, with a final newline. */
  public static Path writeJson(Path target, JsonNode json) throws IOException {
    return write(target, (JSON.writeValueAsString(json) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Replaces {@code target} with {@code content}: a crash at any moment leaves the old file or the
   * new one. A file that exists keeps its permissions, and a symbolic link keeps pointing at the
   * file it names, which is the one rewritten.
   */
  public static Path write(Path target, byte[] content) throws IOException {
    Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target;
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path temp =
        Files.createTempFile(
            file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true); // on disk before the rename makes it visible
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

  private static void keepPermissions(Path existing, Path temp) throws IOException {
    if (Files.exists(existing)
        && existing.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(existing));
    }
  }
}
