package org.paperdigest.maven.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.paperdigest.digest.internal.DaemonThreads;

/**
 * The git facts the goals need, asked of the {@code git} command line (so the user's own git,
 * configuration and credentials apply): which files changed since a ref, and which are committed
 * unchanged. Paths are relative to the folder asked about, written with {@code /}.
 */
public final class GitWorkTree {

  private static final long TIMEOUT_SECONDS = 120;

  private final Path directory;

  private GitWorkTree(Path directory) {
    this.directory = directory;
  }

  /**
   * The work tree that holds {@code directory}; fails with a clear message when git is missing or
   * the folder is not in a work tree.
   */
  public static GitWorkTree at(Path directory) throws GitException {
    GitWorkTree tree = new GitWorkTree(directory);
    Result inside = tree.run("rev-parse", "--is-inside-work-tree");
    if (inside.exit() != 0 || !inside.out().strip().equals("true")) {
      throw new GitException(
          directory
              + " is not inside a git work tree (git says: "
              + inside.firstErrorLine()
              + "); check out the repository with git, or leave this option out");
    }
    return tree;
  }

  /**
   * Files added or changed since {@code ref}: committed since the merge base of {@code ref} and
   * {@code HEAD}, staged, unstaged and untracked (not ignored). Deleted files are not listed.
   */
  public Set<String> changedSince(String ref) throws GitException {
    Result verified = run("rev-parse", "--verify", "--quiet", ref + "^{commit}");
    if (verified.exit() != 0) {
      throw new GitException(
          "git does not know the ref '"
              + ref
              + "' here. In a shallow CI checkout the history is missing: fetch it (GitHub"
              + " Actions: actions/checkout with fetch-depth: 0; otherwise git fetch --unshallow"
              + " origin, or git fetch origin <branch>), or correct digest.ratchetFrom");
    }
    Result base = run("merge-base", ref, "HEAD");
    if (base.exit() != 0) {
      throw new GitException(
          "git finds no common history between '"
              + ref
              + "' and HEAD, as in a shallow clone; fetch the full history (GitHub Actions:"
              + " actions/checkout with fetch-depth: 0, or git fetch --unshallow)");
    }
    Set<String> changed = new LinkedHashSet<>();
    changed.addAll(
        paths(
            require(
                run(
                    "diff",
                    "--name-only",
                    "--no-renames",
                    "--diff-filter=d",
                    "--relative",
                    "-z",
                    base.out().strip(),
                    "--"),
                "diff")));
    changed.addAll(
        paths(require(run("ls-files", "--others", "--exclude-standard", "-z"), "ls-files")));
    return changed;
  }

  /**
   * Files that are tracked and the same as in {@code HEAD}: what a rewrite cannot lose, because git
   * holds them. Untracked, ignored, staged and modified files are not listed.
   */
  public Set<String> committedUnchanged() throws GitException {
    Result head = run("rev-parse", "--verify", "--quiet", "HEAD");
    if (head.exit() != 0) {
      return Set.of(); // no commit yet: nothing is committed
    }
    Set<String> clean = new LinkedHashSet<>(paths(require(run("ls-files", "-z"), "ls-files")));
    paths(require(run("diff", "--name-only", "--relative", "-z", "HEAD", "--"), "diff"))
        .forEach(clean::remove);
    return clean;
  }

  private record Result(int exit, String out, String err) {
    String firstErrorLine() {
      String line = err.strip().lines().findFirst().orElse("");
      return line.isEmpty() ? "exit code " + exit : line;
    }
  }

  private Result require(Result result, String command) throws GitException {
    if (result.exit() != 0) {
      throw new GitException(
          "git " + command + " failed in " + directory + ": " + result.firstErrorLine());
    }
    return result;
  }

  private static List<String> paths(Result result) {
    List<String> paths = new ArrayList<>();
    for (String path : result.out().split("\0")) {
      if (!path.isEmpty()) {
        paths.add(path);
      }
    }
    return paths;
  }

  private Result run(String... args) throws GitException {
    List<String> command = new ArrayList<>();
    command.add("git");
    // Paths as they are (no octal quoting of non-ASCII names).
    command.add("-c");
    command.add("core.quotePath=false");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.environment().put("GIT_TERMINAL_PROMPT", "0");
    builder.environment().put("LC_ALL", "C");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new GitException(
          "git could not be started (" + e.getMessage() + "); install git and put it on the PATH");
    }
    try {
      process.getOutputStream().close();
      // stderr on its own thread, so neither pipe can fill up and stall git.
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread errReader =
          DaemonThreads.start("git-stderr", () -> copy(process.getErrorStream(), err));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      copy(process.getInputStream(), out);
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new GitException(
            "git " + args[0] + " took more than " + TIMEOUT_SECONDS + " s in " + directory);
      }
      errReader.join();
      return new Result(
          process.exitValue(),
          out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new GitException("interrupted while waiting for git");
    } catch (IOException e) {
      throw new GitException("git " + args[0] + " failed: " + e.getMessage());
    }
  }

  private static void copy(InputStream stream, ByteArrayOutputStream sink) {
    try (stream) {
      stream.transferTo(sink);
    } catch (IOException e) {
      // The process ended or was killed; what was read so far is what there is.
    }
  }

  /**
   * The path from the git work tree's root down to {@code directory}, with a trailing slash, so
   * report URIs are repository-relative; empty when the directory is the root or not in git. Found
   * without running git: the nearest folder above that holds {@code .git}.
   */
  public static String repositoryPrefix(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        String relative = p.relativize(dir).toString().replace('\\', '/');
        return relative.isEmpty() ? "" : relative + "/";
      }
    }
    return "";
  }
}
