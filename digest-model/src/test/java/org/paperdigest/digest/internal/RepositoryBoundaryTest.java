package org.paperdigest.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdigest.digest.internal.RepositoryBoundary.Kind;

/** Paths resolved one link at a time, and never followed out of the repository. */
class RepositoryBoundaryTest {

  @TempDir Path work;
  @TempDir Path outside;

  private Path repo;
  private Path folder;

  /** A git work tree with the checked folder one level down, and a file beside it. */
  @BeforeEach
  void repository() throws IOException {
    repo = Files.createDirectories(work.resolve("repo")).toRealPath();
    Files.createDirectories(repo.resolve(".git"));
    folder = Files.createDirectories(repo.resolve("content"));
    Files.writeString(repo.resolve("shared.md"), "shared");
    Files.createDirectories(folder.resolve("a"));
    Files.writeString(folder.resolve("a/real.md"), "real");
    Files.writeString(outside.resolve("secret"), "secret");
  }

  private RepositoryBoundary.Target resolve(String path) throws IOException {
    return RepositoryBoundary.around(folder).resolve(folder.resolve(path));
  }

  private final List<Path> links = new ArrayList<>();

  private void link(String name, Path target) throws IOException {
    Files.createDirectories(folder.resolve(name).getParent());
    links.add(Files.createSymbolicLink(folder.resolve(name), target));
  }

  /** The links go first, so that cleaning the temporary folders up has no link out to warn of. */
  @AfterEach
  void unlink() throws IOException {
    for (Path link : links) {
      Files.deleteIfExists(link);
    }
  }

  @Test
  void theRepositoryIsTheGitWorkTreeAroundTheFolder() throws IOException {
    assertThat(RepositoryBoundary.around(folder).root()).isEqualTo(repo.toRealPath());
    assertThat(RepositoryBoundary.around(outside).root()).isEqualTo(outside.toRealPath());
  }

  @Test
  void aFileIsFoundWhereItIs() throws IOException {
    assertThat(resolve("a/real.md"))
        .isEqualTo(
            new RepositoryBoundary.Target(Kind.FILE, Optional.of(folder.resolve("a/real.md"))));
    assertThat(resolve("a").kind()).isEqualTo(Kind.DIRECTORY);
    assertThat(resolve("a/none.md").kind()).isEqualTo(Kind.MISSING);
    assertThat(resolve("a/real.md/none.md").kind()).isEqualTo(Kind.MISSING);
  }

  @Test
  void linksThatStayInsideAreFollowed() throws IOException {
    link("relative.md", Path.of("a/real.md"));
    link("absolute.md", folder.resolve("a/real.md"));
    link("up.md", Path.of("../shared.md"));
    link("b/chain.md", Path.of("../relative.md"));
    link("dir", Path.of("a"));

    for (String name : new String[] {"relative.md", "absolute.md", "b/chain.md", "dir/real.md"}) {
      assertThat(resolve(name).realPath()).as(name).contains(folder.resolve("a/real.md"));
    }
    assertThat(resolve("up.md").realPath()).contains(repo.resolve("shared.md"));
  }

  @Test
  void linksThatLeaveAreNotFollowedWhetherOrNotTheirTargetExists() throws IOException {
    link("secret.md", outside.resolve("secret"));
    link("nothing.md", outside.resolve("nothing"));
    link("climb.md", Path.of("../../../../../../../../etc/passwd"));
    link("dir", outside);
    link("proc.md", Path.of("/proc/self/environ"));

    for (String name :
        new String[] {"secret.md", "nothing.md", "climb.md", "dir/secret", "dir/x", "proc.md"}) {
      assertThat(resolve(name).kind()).as(name).isEqualTo(Kind.OUTSIDE);
    }
    assertThat(resolve("../../outside").kind()).isEqualTo(Kind.OUTSIDE);
    assertThat(RepositoryBoundary.around(folder).holds(outside.resolve("secret"))).isFalse();
    assertThat(RepositoryBoundary.around(folder).holds(repo.resolve("x/y"))).isTrue();
  }

  @Test
  void brokenLinksAreMissingAndLoopsAreLoops() throws IOException {
    link("broken.md", Path.of("a/none.md"));
    link("self.md", Path.of("self.md"));
    link("ping.md", Path.of("pong.md"));
    link("pong.md", Path.of("ping.md"));

    assertThat(resolve("broken.md").kind()).isEqualTo(Kind.MISSING);
    assertThat(resolve("self.md").kind()).isEqualTo(Kind.LOOP);
    assertThat(resolve("ping.md").kind()).isEqualTo(Kind.LOOP);
  }
}
