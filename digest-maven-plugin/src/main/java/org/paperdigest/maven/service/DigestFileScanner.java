package org.paperdigest.maven.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.plexus.util.DirectoryScanner;

/**
 * Finds the digest files to check with Ant-style patterns ({@code **}/{@code *.md} also matches
 * top-level files). Symbolic links are not followed, so a link loop cannot trap the scan; a
 * directory whose name matches is returned too, and is reported as unreadable.
 */
public final class DigestFileScanner {

  private DigestFileScanner() {}

  public static List<Path> scan(Path directory, List<String> includes, List<String> excludes) {
    DirectoryScanner scanner = new DirectoryScanner();
    scanner.setBasedir(directory.toFile());
    scanner.setIncludes(includes.toArray(String[]::new));
    scanner.setExcludes(excludes.toArray(String[]::new));
    scanner.setFollowSymlinks(false);
    scanner.setCaseSensitive(true);
    scanner.scan();
    List<Path> found = new ArrayList<>();
    for (String file : scanner.getIncludedFiles()) {
      found.add(directory.resolve(file));
    }
    for (String dir : scanner.getIncludedDirectories()) {
      if (!dir.isEmpty()) {
        found.add(directory.resolve(dir));
      }
    }
    found.sort(null);
    return found;
  }
}
