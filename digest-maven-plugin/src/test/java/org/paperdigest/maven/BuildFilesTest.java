package org.paperdigest.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports and caches land in the build directory, which keeps itself out of git. */
class BuildFilesTest {

  @TempDir Path repo;

  @Test
  void withoutAPomEverythingGoesToTargetOfTheStartWhichGitIgnores() throws IOException {
    BuildFiles files =
        new BuildFiles(repo.resolve("paper_logs"), repo, new File("${project.build.directory}"));

    assertThat(
            files.folder(new File("${project.build.directory}/digest-reports"), "digest-reports"))
        .isEqualTo(repo.resolve("target/digest-reports"));
    assertThat(files.stateFile("${project.build.directory}/digest-cache", "digest-cache"))
        .isEqualTo(repo.resolve("target/digest-cache"));
    assertThat(files.stateFile("none", "digest-cache")).isNull();
    assertThat(Files.readString(repo.resolve("target/.gitignore"))).isEqualTo(BuildFiles.GITIGNORE);
  }

  @Test
  void anExistingGitignoreStaysAndAPathOutsideTheBuildDirectoryWritesNone() throws IOException {
    Path build = Files.createDirectories(repo.resolve("build"));
    Files.writeString(build.resolve(".gitignore"), "mine\n");
    BuildFiles files = new BuildFiles(repo, repo, build.toFile());

    files.folder(build.resolve("reports").toFile(), "digest-reports");
    files.stateFile("elsewhere/cache.json", "digest-cache");

    assertThat(Files.readString(build.resolve(".gitignore"))).isEqualTo("mine\n");
    assertThat(repo.resolve("elsewhere/.gitignore")).doesNotExist();
    assertThat(repo.resolve("target")).doesNotExist();
  }
}
