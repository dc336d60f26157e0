package org.paperdigest.digest.internal.rules;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.paperdigest.digest.internal.MediaUrls;
import org.paperdigest.digest.internal.RepositoryBoundary;
import org.paperdigest.digest.internal.RepositoryBoundary.Kind;
import org.paperdigest.digest.internal.UrlText;
import org.paperdigest.digest.internal.cache.FileOutcome;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.Entry;
import org.paperdigest.digest.model.Link;
import org.paperdigest.digest.model.SourcePosition;

/**
 * The files of the repository a digest's relative links and images name, resolved against the
 * digest's folder ({@code /x} against the checked folder), and DG206 on them. Whether a file is
 * there is asked of the {@link RepositoryBoundary}: a symbolic link out of the repository is not
 * followed, so a finding never tells whether a path outside it exists.
 */
public final class LocalFiles {

  /** A relative link and its file: inside the repository, or {@code problem} says why not. */
  private record Target(Link link, Path file, String problem) {}

  private LocalFiles() {}

  /**
   * The files inside the repository that the links of {@code file} name, in link order and each
   * once, with what each leads to now: a result kept for the file holds only while each of them
   * leads to the same kind of thing.
   */
  public static List<FileOutcome.LocalFile> answers(
      DigestFile file, RepositoryBoundary repository) {
    List<Path> named = new ArrayList<>();
    for (Target target : targets(file)) {
      if (target.problem() == null && !named.contains(target.file())) {
        named.add(target.file());
      }
    }
    if (named.isEmpty()) {
      return List.of();
    }
    Path root = file.source().repositoryRoot().orElseThrow();
    List<FileOutcome.LocalFile> answers = new ArrayList<>(named.size());
    for (Path target : named) {
      String relative = root.relativize(target).toString().replace('\\', '/');
      answers.add(new FileOutcome.LocalFile(relative, kind(repository, target)));
    }
    return answers;
  }

  /** What {@code target} leads to; {@link Kind#MISSING} when it cannot be looked at. */
  public static Kind kind(RepositoryBoundary repository, Path target) {
    try {
      return repository.resolve(target).kind();
    } catch (IOException | SecurityException e) {
      return Kind.MISSING;
    }
  }

  /**
   * DG206, one per relative link whose target is missing or outside the repository; an entry's
   * image that is a site-relative avatar is DG118's, which says the file is missing too.
   */
  static void missingLocalFile(DigestFile file, Consumer<Hit> hits) {
    List<Target> targets = targets(file);
    if (targets.isEmpty()) {
      return;
    }
    Path root = file.source().repositoryRoot().orElseThrow();
    RepositoryBoundary repository = RepositoryBoundary.around(root);
    Set<SourcePosition> avatars = new HashSet<>();
    for (Entry entry : file.entries()) {
      entry
          .media()
          .filter(MediaChecks::isAvatarImage)
          .ifPresent(media -> avatars.add(media.link().position()));
    }
    for (Target target : targets) {
      String url = target.link().url();
      if (avatars.contains(target.link().position())) {
        continue;
      }
      if (target.problem() != null) {
        hits.accept(new Hit(target.link().position(), url + " " + target.problem()));
        continue;
      }
      String relative = root.relativize(target.file()).toString().replace('\\', '/');
      switch (kind(repository, target.file())) {
        case FILE, DIRECTORY, OTHER -> {}
        case OUTSIDE ->
            hits.accept(
                new Hit(
                    target.link().position(),
                    url
                        + " points outside the repository through a symbolic link and is not read"));
        case LOOP ->
            hits.accept(
                new Hit(
                    target.link().position(),
                    url + " is a loop of symbolic links (" + relative + ") and is not read"));
        case MISSING ->
            hits.accept(
                new Hit(
                    target.link().position(),
                    MediaUrls.isAvatar(url)
                        ? url
                            + " is a site-relative avatar path (a user's avatar on the site the"
                            + " digest was copied from), not a file of the repository ("
                            + relative
                            + " does not exist)"
                        : url + " does not exist (" + relative + ")"));
      }
    }
  }

  /**
   * Where the file {@code link} of {@code file} names would be, relative to the checked folder,
   * when it is a relative link to a file the repository does not have; empty otherwise.
   */
  static Optional<String> missing(DigestFile file, Link link) {
    Path root = file.source().repositoryRoot().orElse(null);
    for (Target target : targets(file)) {
      if (target.link().equals(link)
          && target.problem() == null
          && kind(RepositoryBoundary.around(root), target.file()) == Kind.MISSING) {
        return Optional.of(root.relativize(target.file()).toString().replace('\\', '/'));
      }
    }
    return Optional.empty();
  }

  /** The relative links of a file on disk in a repository, each with its file or its problem. */
  private static List<Target> targets(DigestFile file) {
    Optional<Path> root = file.source().repositoryRoot();
    Optional<Path> self = file.source().file();
    if (root.isEmpty() || self.isEmpty()) {
      return List.of();
    }
    List<Target> targets = new ArrayList<>();
    for (Link link : file.links()) {
      localPath(link.url())
          .ifPresent(path -> targets.add(target(link, path, root.get(), self.get())));
    }
    return targets;
  }

  private static Target target(Link link, String path, Path root, Path self) {
    Path resolved;
    try {
      String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
      Path base = decoded.startsWith("/") ? root : self.getParent();
      resolved = base.resolve(decoded.startsWith("/") ? decoded.substring(1) : decoded).normalize();
    } catch (IllegalArgumentException e) { // also InvalidPathException
      return new Target(link, null, "is not a usable file path");
    }
    if (!resolved.startsWith(root)) {
      return new Target(link, null, "points outside the repository and is not read");
    }
    return new Target(link, resolved, null);
  }

  /** The path part of a link that names a file in the repository, if it is one. */
  private static Optional<String> localPath(String url) {
    if (url.isBlank() || url.startsWith("#") || url.startsWith("//")) {
      return Optional.empty();
    }
    if (LinkChecks.hasScheme(url) || LinkChecks.problem(url).isPresent()) {
      return Optional.empty();
    }
    String path = UrlText.withoutQueryOrFragment(url);
    return path.isEmpty() ? Optional.empty() : Optional.of(path);
  }
}
