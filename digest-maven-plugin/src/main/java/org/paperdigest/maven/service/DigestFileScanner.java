package org.paperdigest.maven.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.codehaus.plexus.util.DirectoryScanner;
import org.paperdigest.digest.internal.RepositoryBoundary;
import org.paperdigest.digest.internal.RepositoryBoundary.Kind;

/**
 * Finds the digest files to check with Ant-style patterns, as Maven's own scanners match them
 * ({@code **}/{@code *.md} also matches top-level files). The walk looks at each entry itself and
 * never through a symbolic link: a linked folder is not entered (so a loop cannot trap the scan,
 * and a link to {@code /} does not walk the disk), and a linked file whose name matches is returned
 * if it leads to something inside the repository, or out of it (the check reports that and does not
 * read it); a broken link is left alone. A directory whose name matches is returned too, and is
 * reported as unreadable. Names need not be UTF-8: each path keeps its bytes.
 */
public final class DigestFileScanner {

  /** A digest's name: {@code YYYY/MM/DD.md} or {@code YYYY-MM-DD.md}, at the end of a path. */
  private static final Pattern DIGEST_NAME =
      Pattern.compile("(?:^|/)(?:\\d{4}/\\d{2}/\\d{2}|\\d{4}-\\d{2}-\\d{2})\\.md$");

  private DigestFileScanner() {}

  /**
   * The files of {@code directory} that {@code includes} take and {@code excludes} leave, sorted;
   * with no includes, {@link #digests the digests}. Patterns may hold braces, {@code
   * paper_logs/{2023,2024}/**} for either.
   *
   * @throws IllegalArgumentException naming the pattern whose braces do not match
   */
  public static List<Path> scan(Path directory, List<String> includes, List<String> excludes) {
    return includes.isEmpty()
        ? digests(directory, excludes)
        : walk(directory, Braces.expandAll(includes), Braces.expandAll(excludes));
  }

  /**
   * The digests of {@code directory} when no includes say where they are: every Markdown file of
   * each top-level folder that holds a file named like a digest ({@code YYYY/MM/DD.md} or {@code
   * YYYY-MM-DD.md}), so that a misnamed digest there is checked too, and the digest-named files at
   * the top. A repository's {@code LICENSE.md}, {@code CONTRIBUTING.md}, {@code docs/} or {@code
   * .github/} are no digests, and are left alone.
   */
  static List<Path> digests(Path directory, List<String> excludes) {
    List<Path> markdown = walk(directory, List.of("**/*.md"), Braces.expandAll(excludes));
    Set<String> folders = new TreeSet<>();
    for (Path file : markdown) {
      String name = slashed(directory, file);
      int slash = name.indexOf('/');
      if (slash > 0 && DIGEST_NAME.matcher(name).find()) {
        folders.add(name.substring(0, slash));
      }
    }
    List<Path> digests = new ArrayList<>();
    for (Path file : markdown) {
      String name = slashed(directory, file);
      int slash = name.indexOf('/');
      if (slash < 0
          ? DIGEST_NAME.matcher(name).find()
          : folders.contains(name.substring(0, slash))) {
        digests.add(file);
      }
    }
    return digests;
  }

  /** The top-level folders {@link #digests} takes digests from, with a slash: for messages. */
  static Set<String> digestFolders(Path directory, List<Path> digests) {
    Set<String> folders = new TreeSet<>();
    for (Path file : digests) {
      String name = slashed(directory, file);
      int slash = name.indexOf('/');
      folders.add(slash < 0 ? "./" : name.substring(0, slash + 1));
    }
    return folders;
  }

  private static List<Path> walk(Path directory, List<String> includes, List<String> excludes) {
    Patterns patterns = new Patterns(includes, excludes);
    RepositoryBoundary repository = RepositoryBoundary.around(directory);
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          directory,
          EnumSet.noneOf(FileVisitOption.class),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              if (dir.equals(directory)) {
                return FileVisitResult.CONTINUE;
              }
              String name = name(directory, dir);
              if (patterns.take(name)) {
                found.add(dir);
              }
              return patterns.mayHold(name)
                  ? FileVisitResult.CONTINUE
                  : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (patterns.take(name(directory, file))
                  && (!attributes.isSymbolicLink() || isReported(repository, file))) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              // An entry that cannot be looked at: the check says so if it would be a digest.
              if (patterns.take(name(directory, file))) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.sort(null);
    return found;
  }

  /** Whether a symbolic link is a digest to check: it leads somewhere, inside or out. */
  private static boolean isReported(RepositoryBoundary repository, Path link) {
    try {
      Kind kind = repository.resolve(link).kind();
      return kind != Kind.MISSING && kind != Kind.LOOP;
    } catch (IOException e) {
      return true; // the check reports what keeps it from being read
    }
  }

  /** A path below {@code directory} written with {@code /}. */
  private static String slashed(Path directory, Path path) {
    return name(directory, path).replace('\\', '/');
  }

  /** The path below {@code directory}, with the separator the patterns are written in. */
  private static String name(Path directory, Path path) {
    return directory.relativize(path).toString();
  }

  /**
   * The patterns as Maven's own scanner normalises and matches them (either separator, a trailing
   * one meaning everything below, case-sensitive), without its walk, which looks through links.
   */
  private static final class Patterns extends DirectoryScanner {
    Patterns(List<String> includes, List<String> excludes) {
      setIncludes(includes.toArray(String[]::new));
      setExcludes(excludes.toArray(String[]::new));
      setCaseSensitive(true);
      setupDefaultFilters();
      setupMatchPatterns();
    }

    /** Whether the path {@code name} below the folder is one to check. */
    boolean take(String name) {
      return isIncluded(name) && !isExcluded(name);
    }

    /** Whether a folder {@code name} may hold paths to check. */
    boolean mayHold(String name) {
      return couldHoldIncluded(name);
    }
  }
}
