package org.paperdigest.maven;

import java.io.File;
import java.nio.file.Path;

/**
 * Where the goals keep what they write: reports and caches go under the build directory, which is
 * unresolved ({@code ${...}}) when Maven runs without a POM, so then under {@code target/} of the
 * checked folder.
 */
final class BuildFiles {

  private BuildFiles() {}

  /** A folder under the build directory; without a POM, under {@code target/} of the root. */
  static Path folder(File configured, Path root, String name) {
    return configured != null && !configured.getPath().contains("${")
        ? configured.toPath()
        : root.resolve("target").resolve(name);
  }

  /**
   * A file the plugin keeps between runs (a cache), or {@code null} for {@code none}; without a POM
   * it goes under {@code root/target} as {@code name}.
   */
  static Path stateFile(String configured, Path root, String name) {
    if (configured == null || configured.isBlank() || configured.equals("none")) {
      return null;
    }
    if (configured.contains("${")) {
      return root.resolve("target").resolve(name);
    }
    return root.resolve(configured).normalize();
  }
}
