package org.paperdigest.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release workflow's changelog step, run by bash as the runner runs it: a tag's GitHub release
 * gets exactly the changelog's dated section of that version, and a tag whose section is missing or
 * not dated yet stops the release before anything is built or uploaded.
 */
class ReleaseWorkflowTest {

  private static final Path WORKFLOW = Path.of("../.github/workflows/release.yml");

  @TempDir Path work;

  private record Ran(int exit, String out, String notes, String output) {}

  /** The step's script, as the workflow holds it. */
  private static String script() throws IOException {
    JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
    for (JsonNode step : workflow.path("jobs").path("release").path("steps")) {
      if (step.path("id").asText().equals("notes")) {
        return step.path("run").asText();
      }
    }
    throw new AssertionError("release.yml has no step with id 'notes'");
  }

  private Ran run(String tag, String changelog) throws Exception {
    Files.writeString(work.resolve("CHANGELOG.md"), changelog, StandardCharsets.UTF_8);
    Path temp = Files.createDirectories(work.resolve("runner-temp"));
    Path output = work.resolve("github-output");
    Files.writeString(output, "");
    ProcessBuilder builder =
        new ProcessBuilder("bash", "-e", "-c", script())
            .directory(work.toFile())
            .redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("GITHUB_REF_NAME", tag);
    env.put("RUNNER_TEMP", temp.toString());
    env.put("GITHUB_OUTPUT", output.toString());
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    Path notes = temp.resolve("release-notes.md");
    return new Ran(
        process.exitValue(),
        out,
        Files.exists(notes) ? Files.readString(notes) : null,
        Files.readString(output));
  }

  private static final String DATED =
      "# Changelog\n\nIntro.\n\n## [Unreleased]\n\n- Coming.\n\n"
          + "## [0.2.0] - 2027-03-01\n\n### Added\n\n- Two.\n\n"
          + "## [0.1.0] - 2026-12-07\n\nThe first release.\n\n### Added\n\n- One.\n";

  @Test
  void aTaggedVersionGetsItsDatedSectionAndNothingElse() throws Exception {
    Ran ran = run("v0.2.0", DATED);

    assertThat(ran.exit()).as(ran.out()).isZero();
    assertThat(ran.notes()).isEqualTo("\n### Added\n\n- Two.\n\n");
    assertThat(ran.output())
        .isEqualTo("file=" + work.resolve("runner-temp/release-notes.md") + "\n");
    assertThat(run("v0.1.0", DATED).notes())
        .isEqualTo("\nThe first release.\n\n### Added\n\n- One.\n");
  }

  @Test
  void aVersionWithoutADatedSectionStopsTheRelease() throws Exception {
    Ran missing = run("v0.3.0", DATED);
    Ran undated =
        run("v0.1.0", DATED.replace("## [0.1.0] - 2026-12-07", "## [0.1.0] - Unreleased"));

    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.out())
        .isEqualTo("::error::CHANGELOG.md has no section '## [0.3.0] - YYYY-MM-DD'\n");
    assertThat(missing.output()).isEmpty();
    assertThat(undated.exit()).isEqualTo(1);
    assertThat(undated.out())
        .isEqualTo("::error::CHANGELOG.md has no section '## [0.1.0] - YYYY-MM-DD'\n");
  }

  @Test
  void thisRepositorysChangelogIsReadyToBeDatedForItsFirstRelease() throws Exception {
    String changelog = Files.readString(Path.of("../CHANGELOG.md"), StandardCharsets.UTF_8);

    assertThat(changelog).contains("\n## [Unreleased]\n", "\n## [0.1.0] - Unreleased\n");
    Ran dated =
        run("v0.1.0", changelog.replace("## [0.1.0] - Unreleased", "## [0.1.0] - 2026-12-07"));
    assertThat(dated.exit()).as(dated.out()).isZero();
    assertThat(dated.notes()).startsWith("\nThe first release: ").contains("### Added");
  }
}
