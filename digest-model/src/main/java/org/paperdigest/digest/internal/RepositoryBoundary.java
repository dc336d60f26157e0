package org.paperdigest.digest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The repository a check may read: the git work tree that holds the checked folder (the nearest
 * folder at or above it with a {@code .git} entry), or the checked folder itself when there is
 * none. A pull request can commit symbolic links, so a path is resolved here one name at a time,
 * looking only at entries of the repository itself ({@code lstat} and {@code readlink}, never
 * {@code stat} through a link): a link that leads out of the repository is not followed, and
 * nothing outside is opened or even looked at. A link that stays inside is followed as the system
 * would follow it. Thread-safe.
 */
public final class RepositoryBoundary {

  /** The most links one path may pass through, as Linux allows (its MAXSYMLINKS). */
  private static final int MAX_LINKS = 40;

  /** What a path leads to. */
  public enum Kind {
    /** A regular file inside the repository. */
    FILE,
    /** A directory inside the repository. */
    DIRECTORY,
    /** Something else inside the repository: a FIFO, a socket, a device. */
    OTHER,
    /** Nothing: a name on the way does not exist inside the repository. */
    MISSING,
    /** Outside the repository, by its name or through a symbolic link; not looked at. */
    OUTSIDE,
    /** A chain of more symbolic links than the system would follow (a loop, most likely). */
    LOOP
  }

  /**
   * Where a path leads: {@code kind}, and for {@link Kind#FILE}, {@link Kind#DIRECTORY} and {@link
   * Kind#OTHER} the real path of what it names (every link resolved); empty otherwise.
   */
  public record Target(Kind kind, Optional<Path> realPath) {
    public Target {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(realPath, "realPath");
    }

    /** Whether the path names something inside the repository. */
    public boolean exists() {
      return realPath.isPresent();
    }

    static Target of(Kind kind) {
      return new Target(kind, Optional.empty());
    }
  }

  private final Path folder;
  private final Path realFolder;
  private final Path root;

  /**
   * Real folders inside the repository already walked, which a later path through them need not
   * look at again: a check reads a repository that does not change while it runs.
   */
  private final Set<Path> walked = ConcurrentHashMap.newKeySet();

  private RepositoryBoundary(Path folder, Path realFolder, Path root) {
    this.folder = folder;
    this.realFolder = realFolder;
    this.root = root;
  }

  /**
   * The repository around {@code folder}: the git work tree that holds it, or the folder itself.
   * The folder is the check's configuration, so it and the folders above it are trusted as they are
   * (a folder that does not exist yet is taken by its name).
   */
  public static RepositoryBoundary around(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    Path real;
    try {
      real = absolute.toRealPath();
    } catch (IOException e) {
      real = absolute;
    }
    Path root = real;
    for (Path p = real; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
        root = p;
        break;
      }
    }
    return new RepositoryBoundary(absolute, real, root);
  }

  /** The checked folder the repository was found around, absolute, as it was named. */
  public Path folder() {
    return folder;
  }

  /** The repository's root folder, as a real path. */
  public Path root() {
    return root;
  }

  /**
   * Whether {@code path} is inside the repository by its name (the checked folder, or the root, are
   * above it), without looking at the disk.
   */
  public boolean holds(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(folder) || absolute.startsWith(root);
  }

  /**
   * Where {@code path} leads, resolving every symbolic link on the way as long as it stays inside
   * the repository. A path outside the repository by its name is {@link Kind#OUTSIDE} too.
   *
   * @throws IOException when an entry of the repository cannot be looked at (no permission)
   */
  public Target resolve(Path path) throws IOException {
    Path absolute = path.toAbsolutePath().normalize();
    if (absolute.startsWith(folder)) {
      return walk(realFolder, folder.relativize(absolute));
    }
    if (absolute.startsWith(root)) {
      return walk(root, root.relativize(absolute));
    }
    return Target.of(Kind.OUTSIDE);
  }

  private Target walk(Path start, Path relative) throws IOException {
    // Names stay paths, not strings: a name that is not UTF-8 keeps its bytes.
    Deque<Path> names = new ArrayDeque<>();
    relative.forEach(names::add);
    Path current = start;
    BasicFileAttributes last = null;
    int links = 0;
    while (!names.isEmpty()) {
      Path name = names.pop();
      String text = name.toString();
      if (text.isEmpty() || text.equals(".")) {
        continue;
      }
      if (text.equals("..")) {
        if (current.equals(root)) {
          return Target.of(Kind.OUTSIDE);
        }
        current = current.getParent();
        last = null;
        continue;
      }
      Path next = current.resolve(name);
      if (!names.isEmpty() && walked.contains(next)) {
        current = next;
        continue;
      }
      BasicFileAttributes attributes;
      try {
        attributes =
            Files.readAttributes(next, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (NoSuchFileException e) {
        return Target.of(Kind.MISSING);
      }
      if (attributes.isSymbolicLink()) {
        if (++links > MAX_LINKS) {
          return Target.of(Kind.LOOP);
        }
        Optional<Path> from = follow(Files.readSymbolicLink(next), current, names);
        if (from.isEmpty()) {
          return Target.of(Kind.OUTSIDE);
        }
        current = from.get();
        continue;
      }
      if (!names.isEmpty() && !attributes.isDirectory()) {
        return Target.of(Kind.MISSING); // a file where a folder should be
      }
      if (attributes.isDirectory()) {
        walked.add(next);
      }
      current = next;
      last = attributes;
    }
    return found(current, last);
  }

  /**
   * Where the walk goes on after a link to {@code target} that lies in {@code linkFolder}: the
   * target's names are put first in {@code names}. Empty for an absolute target that is not named
   * under the checked folder or the root: any other name would have to be looked at to know where
   * it leads.
   */
  private Optional<Path> follow(Path target, Path linkFolder, Deque<Path> names) {
    Path from = linkFolder;
    Path rest = target;
    if (target.isAbsolute()) {
      if (target.startsWith(folder)) {
        from = realFolder;
        rest = folder.relativize(target);
      } else if (target.startsWith(root)) {
        from = root;
        rest = root.relativize(target);
      } else {
        return Optional.empty();
      }
    }
    for (int i = rest.getNameCount() - 1; i >= 0; i--) {
      names.push(rest.getName(i));
    }
    return Optional.of(from);
  }

  private static Target found(Path real, BasicFileAttributes attributes) throws IOException {
    BasicFileAttributes a =
        attributes != null
            ? attributes
            : Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    Kind kind = a.isRegularFile() ? Kind.FILE : a.isDirectory() ? Kind.DIRECTORY : Kind.OTHER;
    return new Target(kind, Optional.of(real));
  }
}
