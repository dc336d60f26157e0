package org.paperdigest.digest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a digest file to check really is, or why it is not read (DG000's words): a symbolic link
 * out of the repository, a loop of links, a broken link, a folder, a name that is not UTF-8. Only a
 * regular file inside the repository is read, and through its real path, so no link is followed
 * while it is read.
 */
public final class DigestFiles {

  /** A digest file's real path, or the problem that keeps it from being read. */
  public record Located(Optional<Path> realPath, String problem) {
    static Located at(Path realPath) {
      return new Located(Optional.of(realPath), "");
    }

    static Located not(String problem) {
      return new Located(Optional.empty(), problem);
    }
  }

  private DigestFiles() {}

  /** Where {@code file}, a file the check was given under {@code root}, leads. */
  public static Located locate(RepositoryBoundary repository, Path root, Path file) {
    RepositoryBoundary.Target target;
    try {
      target = repository.resolve(file);
    } catch (IOException | SecurityException e) {
      return Located.not("the file could not be read: " + describe(e));
    }
    return switch (target.kind()) {
      case OUTSIDE ->
          Located.not(
              "the file is a symbolic link to a path outside the repository; it is not read");
      case LOOP -> Located.not("the file is a loop of symbolic links; it is not read");
      case MISSING ->
          Located.not(
              Files.isSymbolicLink(file)
                  ? "the file is a broken symbolic link"
                  : "the file was deleted before it could be read");
      case DIRECTORY -> Located.not("the path is a directory, not a file");
      case OTHER -> Located.not("the path is not a regular file");
      case FILE ->
          FileNames.notUtf8(root, file)
              .map(
                  name ->
                      Located.not(
                          "the file's path is not valid UTF-8 ("
                              + name
                              + ", with \\xNN for each byte that is not); it is not read"))
              .orElseGet(() -> Located.at(target.realPath().orElseThrow()));
    };
  }

  /** The bytes of a file {@link #locate} found, opened without following a link. */
  public static byte[] read(Path realPath) throws IOException {
    try (InputStream in = Files.newInputStream(realPath, LinkOption.NOFOLLOW_LINKS)) {
      return in.readAllBytes();
    }
  }

  /** An exception's message, or its kind when it has none. */
  public static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
