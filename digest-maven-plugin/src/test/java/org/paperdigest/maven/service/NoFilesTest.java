package org.paperdigest.maven.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdigest.maven.OfflineCheck;
import org.paperdigest.maven.output.PluginLog;

/**
 * A check that finds nothing to read fails, naming the folder and the patterns, unless told not.
 */
class NoFilesTest {

  @TempDir Path root;
  private final List<String> logged = new ArrayList<>();
  private final PluginLog log = (level, message) -> logged.add(level + " " + message);

  private RunSettings.Builder run(List<String> includes) {
    return RunSettings.builder(
            root, OfflineCheck.settings(List.of("console")), OfflineCheck.OPTIONS)
        .includes(includes)
        .excludes(List.of("**/README.md"));
  }

  @Test
  void patternsThatMatchNothingFailTheRunNamingThem() throws IOException {
    Files.writeString(root.resolve("README.md"), "# A repository\n");

    assertThatThrownBy(
            () ->
                new DigestService(log)
                    .check(run(List.of("paper_logs/{2023,2024}/**")).build(), false))
        .isInstanceOf(DigestRunException.class)
        .hasMessage(
            "No files in "
                + root
                + " match includes [paper_logs/{2023,2024}/**] (excludes [**/README.md]); nothing"
                + " was checked (digest.failIfNoFiles=false lets such a run pass)");
    assertThatThrownBy(() -> new DigestService(log).check(run(List.of()).build(), false))
        .hasMessageStartingWith(
            "No digests in " + root + ": no Markdown file there is named like a digest");
  }

  @Test
  void withFailIfNoFilesOffTheRunWarnsAndPasses() throws DigestRunException {
    Checked checked =
        new DigestService(log)
            .check(run(List.of("nothing/**")).failIfNoFiles(false).build(), false);

    assertThat(checked.result().filesChecked()).isZero();
    assertThat(logged).anyMatch(l -> l.startsWith("WARN No files in " + root + " match includes"));
  }

  @Test
  void bracesThatDoNotMatchAreAConfigurationError() {
    assertThatThrownBy(() -> new DigestService(log).check(run(List.of("a/{b")).build(), false))
        .hasMessage(
            "Invalid digest configuration: the braces of the pattern 'a/{b' do not match: write"
                + " {a,b} for either");
  }
}
