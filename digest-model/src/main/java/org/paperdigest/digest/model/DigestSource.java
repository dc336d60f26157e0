package org.paperdigest.digest.model;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a digest came from: its path relative to the repository root, written with {@code /}, and
 * the root itself when the digest lives on disk (relative links are resolved against it).
 */
public record DigestSource(String path, Optional<Path> repositoryRoot) {

  public DigestSource {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(repositoryRoot, "repositoryRoot");
    path = path.replace('\\', '/');
  }

  /** A digest held in memory, with no repository around it. */
  public static DigestSource inMemory(String path) {
    return new DigestSource(path, Optional.empty());
  }

  /** A digest file inside {@code root}. */
  public static DigestSource inRepository(Path root, Path file) {
    Path absoluteRoot = root.toAbsolutePath().normalize();
    Path relative = absoluteRoot.relativize(file.toAbsolutePath().normalize());
    return new DigestSource(relative.toString(), Optional.of(absoluteRoot));
  }

  /** The file on disk, when the digest has one. */
  public Optional<Path> file() {
    return repositoryRoot.map(root -> root.resolve(path));
  }
}
