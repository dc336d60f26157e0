package org.paperdigest.maven.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.paperdigest.digest.internal.RepositoryBoundary;

/**
 * The files the goals keep between runs and read again: the baseline and the caches. A pull request
 * can commit any of them as a symbolic link, so one whose path lies inside the repository is looked
 * at only as far as the repository goes, and read only when it leads to something inside it. A path
 * configured outside the repository is the user's choice, and is taken as it is.
 */
public final class KeptFiles {

  private KeptFiles() {}

  /**
   * Why {@code file} must be neither read nor written through: its path is inside the repository
   * and it is a symbolic link out of it, or a loop of links; empty when it may be used.
   */
  public static Optional<String> refused(RepositoryBoundary repository, Path file) {
    if (!repository.holds(file)) {
      return Optional.empty();
    }
    try {
      return switch (repository.resolve(file).kind()) {
        case OUTSIDE -> Optional.of("it is a symbolic link to a path outside the repository");
        case LOOP -> Optional.of("it is a loop of symbolic links");
        case FILE, DIRECTORY, OTHER, MISSING -> Optional.empty();
      };
    } catch (IOException e) {
      return Optional.of("it cannot be looked at (" + e.getMessage() + ")");
    }
  }

  /** Whether {@code file} exists, looked at as {@link #refused} looks; false when refused. */
  public static boolean exists(RepositoryBoundary repository, Path file) {
    if (!repository.holds(file)) {
      return Files.exists(file);
    }
    try {
      return repository.resolve(file).exists();
    } catch (IOException e) {
      return false;
    }
  }
}
