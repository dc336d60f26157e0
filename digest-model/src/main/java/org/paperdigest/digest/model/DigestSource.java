package org.paperdigest.digest.model;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a digest came from.
 *
 * @param path its path relative to the checked folder; written with {@code /} whatever it is given
 *     with
 * @param repositoryRoot the checked folder, when the digest lives on disk (relative links resolve
 *     against it)
 * @since 0.1.0
 */
public record DigestSource(String path, Optional<Path> repositoryRoot) {

  /**
   * Checks the record's invariants.
   *
   * @param path its path relative to the checked folder; written with {@code /} whatever it is
   *     given with
   * @param repositoryRoot the checked folder, when the digest lives on disk (relative links resolve
   *     against it)
   * @throws NullPointerException if a component is {@code null}
   * @since 0.1.0
   */
  public DigestSource {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(repositoryRoot, "repositoryRoot");
    path = path.replace('\\', '/');
  }

  /**
   * A digest held in memory, with no folder around it: its relative links are not resolved.
   *
   * @param path the name it goes by in findings
   * @return the source
   * @throws NullPointerException if {@code path} is {@code null}
   * @since 0.1.0
   */
  public static DigestSource inMemory(String path) {
    return new DigestSource(path, Optional.empty());
  }

  /**
   * A digest file inside the checked folder {@code root}.
   *
   * @param root the checked folder
   * @param file the digest's file, inside {@code root}
   * @return the source, with the path relative to {@code root}
   * @throws NullPointerException if an argument is {@code null}
   * @since 0.1.0
   */
  public static DigestSource inRepository(Path root, Path file) {
    Path absoluteRoot = root.toAbsolutePath().normalize();
    Path relative = absoluteRoot.relativize(file.toAbsolutePath().normalize());
    return new DigestSource(relative.toString(), Optional.of(absoluteRoot));
  }

  /**
   * The file on disk, when the digest has one.
   *
   * @return the file, or empty for a digest held in memory
   * @since 0.1.0
   */
  public Optional<Path> file() {
    return repositoryRoot.map(root -> root.resolve(path));
  }
}
