package org.paperdigest.maven;

import java.io.File;
import java.nio.file.Path;

/**
 * Where the goals keep what they write: reports and caches go under the build directory. Without a
 * POM that directory is unresolved ({@code ${...}}), and they go under {@code target/} of the
 * folder Maven was started in, never inside the checked folder.
 *
 * @param root the checked folder, which a relative configured file is resolved against
 * @param start the folder Maven was started in
 */
record BuildFiles(Path root, Path start) {

  /** A folder under the build directory; without a POM, {@code target/name} of the start. */
  Path folder(File configured, String name) {
    return configured != null && !configured.getPath().contains("${")
        ? configured.toPath()
        : start.resolve("target").resolve(name);
  }

  /**
   * A file the plugin keeps between runs (a cache), or {@code null} for {@code none}; without a POM
   * {@code target/name} of the start.
   */
  Path stateFile(String configured, String name) {
    if (configured == null || configured.isBlank() || configured.equals("none")) {
      return null;
    }
    if (configured.contains("${")) {
      return start.resolve("target").resolve(name);
    }
    return root.resolve(configured).normalize();
  }
}
