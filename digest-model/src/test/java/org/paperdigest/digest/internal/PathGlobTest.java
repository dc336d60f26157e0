package org.paperdigest.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathGlobTest {

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource({
    "paper_logs/2023/11/**, paper_logs/2023/11/01.md, true",
    "paper_logs/2023/11/**, paper_logs/2023/11, true",
    "paper_logs/2023/11/**, paper_logs/2023/12/01.md, false",
    "paper_logs/2023/11/**, paper_logs/2023/110/01.md, false",
    "paper_logs/**/01.md, paper_logs/01.md, true",
    "paper_logs/**/01.md, paper_logs/2023/11/01.md, true",
    "**/01.md, 01.md, true",
    "**/01.md, a/b/01.md, true",
    "**/*.md, a.md, true",
    "paper_logs/*.md, paper_logs/a.md, true",
    "paper_logs/*.md, paper_logs/2023/a.md, false",
    "paper_logs/2023/1?/*.md, paper_logs/2023/11/01.md, true",
    "paper_logs/2023/1?/*.md, paper_logs/2023/1/01.md, false",
    "'paper_logs/{2022,2023}/**', paper_logs/2022/01/01.md, true",
    "'paper_logs/{2022,2023}/**', paper_logs/2024/01/01.md, false",
    "paper_logs/2023, paper_logs/2023/11/01.md, true",
    "paper_logs/2023, paper_logs/2023.md, false",
    "paper_logs/2023/, paper_logs/2023/11/01.md, true",
    "./paper_logs/2023/11/01.md, paper_logs/2023/11/01.md, true",
    "paper_logs/a+b(1).md, paper_logs/a+b(1).md, true",
    "paper_logs/a+b(1).md, paper_logs/aab(1).md, false"
  })
  void matchesAsAntAndMarkdownlintCli2Globs(String glob, String path, boolean matches) {
    assertThat(PathGlob.of(glob).matches(path)).isEqualTo(matches);
  }
}
