package org.paperdigest.maven.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a check reads: by default the digests of a repository's root, else the patterns. */
class DigestFileScannerTest {

  private static final List<String> EXCLUDES =
      List.of("**/README.md", "target/**", "node_modules/**", ".git/**");

  @TempDir Path root;

  private void files(String... paths) throws IOException {
    for (String path : paths) {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "## Daily Papers\n");
    }
  }

  private List<String> scan(List<String> includes) {
    return DigestFileScanner.scan(root, includes, EXCLUDES).stream()
        .map(f -> root.relativize(f).toString().replace('\\', '/'))
        .toList();
  }

  @Test
  void withNoIncludesTheDigestsAreCheckedAndARepositorysOtherMarkdownIsNot() throws IOException {
    files(
        "README.md",
        "LICENSE.md",
        "CONTRIBUTING.md",
        "CHANGELOG.md",
        "docs/setup.md",
        ".github/ISSUE_TEMPLATE/bug.md",
        "paper_logs/2024/01/08.md",
        "paper_logs/2024/01/9.md",
        "paper_logs/notes.md",
        "paper_logs/README.md",
        "2024-01-10.md",
        "target/digest-reports/x.md");

    assertThat(scan(List.of()))
        .as("the digest folder's misnamed file and notes too, the root's digest-named file")
        .containsExactly(
            "2024-01-10.md",
            "paper_logs/2024/01/08.md",
            "paper_logs/2024/01/9.md",
            "paper_logs/notes.md");
    assertThat(
            DigestFileScanner.digestFolders(
                root, DigestFileScanner.scan(root, List.of(), EXCLUDES)))
        .containsExactly("./", "paper_logs/");
  }

  @Test
  void aRepositoryWithoutDigestsHasNone() throws IOException {
    files("README.md", "LICENSE.md", "docs/2024.md");

    assertThat(scan(List.of())).isEmpty();
  }

  @Test
  void bracesInIncludesAndExcludesChoose() throws IOException {
    files("paper_logs/2022/01/01.md", "paper_logs/2023/01/01.md", "paper_logs/2024/01/01.md");

    assertThat(scan(List.of("paper_logs/{2023,2024}/**/*.md")))
        .containsExactly("paper_logs/2023/01/01.md", "paper_logs/2024/01/01.md");
    assertThat(
            DigestFileScanner.scan(root, List.of("**/*.md"), List.of("paper_logs/{2022,2023}/**"))
                .stream()
                .map(f -> root.relativize(f).toString().replace('\\', '/')))
        .containsExactly("paper_logs/2024/01/01.md");
  }
}
