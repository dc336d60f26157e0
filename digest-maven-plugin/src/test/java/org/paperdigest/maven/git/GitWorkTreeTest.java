package org.paperdigest.maven.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The git facts the goals rely on, asked of a real git in a repository made for the test: what
 * changed since a ref (committed, staged, unstaged, untracked; not ignored, not deleted), what is
 * committed unchanged, and the folder's place in its work tree.
 */
class GitWorkTreeTest {

  @TempDir Path repo;

  private void git(String... args) throws IOException, InterruptedException {
    TestGit.run(repo, args);
  }

  private void write(String path, String text) throws IOException {
    Path file = repo.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void repository() throws Exception {
    git("init", "-q", "-b", "main");
    write(".gitignore", "target/\n");
    write("paper_logs/2024/01/08.md", "one\n");
    write("paper_logs/2024/01/09.md", "two\n");
    write("paper_logs/2024/01/10.md", "three\n");
    write("paper_logs/2024/01/11.md", "four\n");
    git("add", ".");
    git("commit", "-q", "-m", "first");
  }

  @Test
  void changedSinceListsCommittedStagedUnstagedAndUntrackedButNotIgnoredOrDeleted()
      throws Exception {
    repository();
    git("tag", "start");
    write("paper_logs/2024/01/08.md", "one, committed\n");
    git("commit", "-q", "-am", "second");
    write("paper_logs/2024/01/09.md", "two, staged\n");
    git("add", "paper_logs/2024/01/09.md");
    write("paper_logs/2024/01/10.md", "three, unstaged\n");
    write("paper_logs/2024/01/12.md", "untracked\n");
    write("target/ignored.md", "ignored\n");
    Files.delete(repo.resolve("paper_logs/2024/01/11.md"));

    assertThat(GitWorkTree.at(repo).changedSince("start"))
        .containsExactlyInAnyOrder(
            "paper_logs/2024/01/08.md",
            "paper_logs/2024/01/09.md",
            "paper_logs/2024/01/10.md",
            "paper_logs/2024/01/12.md");
    assertThat(GitWorkTree.at(repo.resolve("paper_logs")).changedSince("start"))
        .as("paths relative to the folder asked about")
        .containsExactlyInAnyOrder(
            "2024/01/08.md", "2024/01/09.md", "2024/01/10.md", "2024/01/12.md");
  }

  @Test
  void committedUnchangedLeavesOutWhatARewriteCouldLose() throws Exception {
    repository();
    write("paper_logs/2024/01/09.md", "two, staged\n");
    git("add", "paper_logs/2024/01/09.md");
    write("paper_logs/2024/01/10.md", "three, unstaged\n");
    write("paper_logs/2024/01/12.md", "untracked\n");

    assertThat(GitWorkTree.at(repo).committedUnchanged())
        .containsExactlyInAnyOrder(
            ".gitignore", "paper_logs/2024/01/08.md", "paper_logs/2024/01/11.md");
  }

  @Test
  void aRepositoryWithoutCommitsHasNothingCommitted() throws Exception {
    git("init", "-q", "-b", "main");
    write("paper_logs/2024/01/08.md", "one\n");

    assertThat(GitWorkTree.at(repo).committedUnchanged()).isEmpty();
  }

  @Test
  void anUnknownRefAndAFolderOutsideGitFailWithTheirReason() throws Exception {
    repository();

    assertThatThrownBy(() -> GitWorkTree.at(repo).changedSince("origin/nowhere"))
        .isInstanceOf(GitException.class)
        .hasMessageStartingWith("git does not know the ref 'origin/nowhere' here.");
    Path outside = Files.createTempDirectory("not-git");
    try {
      assertThatThrownBy(() -> GitWorkTree.at(outside))
          .isInstanceOf(GitException.class)
          .hasMessageStartingWith(outside + " is not inside a git work tree (git says: ")
          .hasMessageEndingWith("); check out the repository with git, or leave this option out");
    } finally {
      Files.delete(outside);
    }
  }

  @Test
  void repositoryPrefixIsTheFolderPlaceInItsWorkTree() throws Exception {
    repository();

    assertThat(GitWorkTree.repositoryPrefix(repo.resolve("paper_logs"))).isEqualTo("paper_logs/");
    assertThat(GitWorkTree.repositoryPrefix(repo)).isEmpty();
  }
}
