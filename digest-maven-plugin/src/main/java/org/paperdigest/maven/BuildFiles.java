package org.paperdigest.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where the goals keep what they write: reports and caches go under the build directory. Without a
 * POM that directory is unresolved ({@code ${...}}), and they go under {@code target/} of the
 * folder Maven was started in, never inside the checked folder. A build directory the plugin writes
 * into holds a {@code .gitignore} of {@code *}: a content repository's bot commits with {@code git
 * add .}, and its {@code .gitignore} may not name {@code target/}.
 *
 * @param root the checked folder, which a relative configured file is resolved against
 * @param start the folder Maven was started in
 * @param build the POM's build directory, or {@code null} (or unresolved) without a POM
 */
record BuildFiles(Path root, Path start, File build) {

  /** The {@code .gitignore} that keeps the build directory out of git, whatever else says. */
  static final String GITIGNORE =
      "# Written by digest-maven-plugin: nothing here belongs in git.\n*\n";

  /** The build directory: the POM's, or {@code target/} of the start without a POM. */
  Path directory() {
    return build != null && !build.getPath().contains("${")
        ? build.toPath().toAbsolutePath().normalize()
        : start.resolve("target");
  }

  /** A folder under the build directory; without a POM, {@code target/name} of the start. */
  Path folder(File configured, String name) {
    return kept(
        configured != null && !configured.getPath().contains("${")
            ? configured.toPath()
            : start.resolve("target").resolve(name));
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
      return kept(start.resolve("target").resolve(name));
    }
    return kept(root.resolve(configured).normalize());
  }

  /**
   * {@code path}, after giving the build directory its {@code .gitignore} when the path lies in it
   * and the file is not there yet; a directory that cannot be made is left for the write to report.
   */
  private Path kept(Path path) {
    Path directory = directory();
    if (path.toAbsolutePath().normalize().startsWith(directory)) {
      Path ignore = directory.resolve(".gitignore");
      try {
        if (!Files.exists(ignore, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(directory);
          Files.writeString(ignore, GITIGNORE, StandardCharsets.UTF_8);
        }
      } catch (IOException | RuntimeException e) {
        // Not ours to fail on: the reports and caches are written, or their writes say why not.
      }
    }
    return path;
  }
}
