package org.paperdigest.maven.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperdigest.digest.internal.RepositoryBoundary;
import org.paperdigest.digest.internal.TextLines;

/**
 * The lines of the checked files, read when a report quotes them. Lines are split at LF, CRLF and
 * lone CR, after a byte order mark, as the parser counts them. A file that cannot be read, is
 * larger than {@link #MAX_BYTES}, or is a symbolic link out of the repository (the check did not
 * read it either, and a report must not show what it names) has no lines to quote; the report still
 * lists its findings.
 */
final class SourceFiles {

  static final long MAX_BYTES = 16L * 1024 * 1024;

  private final Path directory;
  private final RepositoryBoundary repository;
  private final Map<String, Optional<List<String>>> files = new HashMap<>();

  SourceFiles(Path directory) {
    this.directory = directory;
    this.repository = RepositoryBoundary.around(directory);
  }

  /** Line {@code line} (1-based) of the file at {@code path}, relative to the checked directory. */
  Optional<String> line(String path, int line) {
    return files
        .computeIfAbsent(path, this::read)
        .filter(lines -> line >= 1 && line <= lines.size())
        .map(lines -> lines.get(line - 1));
  }

  private Optional<List<String>> read(String path) {
    try {
      RepositoryBoundary.Target target = repository.resolve(directory.resolve(path));
      if (target.kind() != RepositoryBoundary.Kind.FILE) {
        return Optional.empty();
      }
      byte[] bytes;
      try (InputStream in =
          Files.newInputStream(target.realPath().orElseThrow(), LinkOption.NOFOLLOW_LINKS)) {
        bytes = in.readNBytes((int) MAX_BYTES + 1);
      }
      if (bytes.length > MAX_BYTES) {
        return Optional.empty();
      }
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return Optional.of(List.copyOf(TextLines.of(text)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
