package org.paperdigest.maven.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot recipe, run the way a runner runs it: the step {@code bot.yml} adds to a bot's job, with
 * its inputs, through the steps of {@code action.yml} and its script, in a repository with no
 * {@code pom.xml} that holds a bot's files and four committed digests (real ones, with real fixable
 * defects), plus the day's new digest with fixable and unfixable defects. The runner's Maven is the
 * one running this build; the local repository is empty, so the first run builds the plugin from a
 * copy of this checkout (the action's own) and the second finds it there. Maven reads artifacts
 * from the build's local repository as its only remote: nothing is downloaded, and the shared local
 * repository is never written.
 */
class ActionScriptIT {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String NEW_DIGEST = "paper_logs/2024/03/02.md";

  @TempDir Path temp;

  @Test
  void theBotsStepRepairsTheNewDigestFailsOnItAloneAndChangesNothingTheSecondTime()
      throws Exception {
    Path action = copyOfTheAction(temp.resolve("action"));
    Path repository = botRepository(temp.resolve("repo"));
    Path m2 = temp.resolve("m2");
    Runner runner = new Runner(action, repository, m2, settings(temp.resolve("settings.xml")));
    ActionSteps steps = ActionSteps.read(action.resolve("action.yml"));
    Map<String, String> inputs = steps.inputs(botStep().get("with"));
    String version = Files.readString(action.resolve("pom.xml")).split("<version>|</version>")[1];

    Run first = keep(runner.run(steps, inputs), "first");

    assertThat(first.outputs().get("plugin"))
        .containsEntry("version", version)
        .containsEntry("installed", "false");
    assertThat(first.skipped()).isEmpty();
    assertThat(first.cacheKey()).startsWith("digest-maven-plugin-Linux-" + version + "-");
    assertThat(first.outputs().get("install")).containsEntry("built", "true");
    assertThat(
            m2.resolve(
                "org/paperdigest/digest-maven-plugin/"
                    + version
                    + "/digest-maven-plugin-"
                    + version
                    + ".jar"))
        .isRegularFile();
    assertTheNewDigestAloneIsFixedAndFails(first, repository);
    String fixed = Files.readString(repository.resolve(NEW_DIGEST));
    assertThat(fixed)
        .isEqualTo(
            newDigest()
                .replace(
                    "Authors: Ada Lovelace, Ada Lovelace, Alan Turing",
                    "Authors: Ada Lovelace, Alan Turing")
                .replace("https://github.com/org/repo에서", "<https://github.com/org/repo>에서"));

    Run second = keep(runner.run(steps, inputs), "second");

    assertThat(second.outputs().get("plugin")).containsEntry("installed", "true");
    assertThat(second.skipped())
        .containsExactly("actions/cache/restore@v5", "actions/cache/save@v5");
    assertThat(second.outputs().get("install")).containsEntry("built", "false");
    assertThat(second.log()).doesNotContain("building it from");
    assertTheNewDigestAloneIsFixedAndFails(second, repository);
    assertThat(second.log()).contains("Fixed 0 problem(s) in 0 of 1 file(s)");
    assertThat(Files.readString(repository.resolve(NEW_DIGEST))).isEqualTo(fixed);
  }

  /** Keeps what a run printed in target/action-it/, to read when an assertion fails. */
  private static Run keep(Run run, String name) throws IOException {
    Path folder = Files.createDirectories(Path.of("target/action-it"));
    Files.writeString(folder.resolve(name + ".log"), run.log());
    return run;
  }

  private static void assertTheNewDigestAloneIsFixedAndFails(Run run, Path repository)
      throws Exception {
    assertThat(run.exitCode()).as(run.log()).isNotZero();
    assertThat(run.outputs().get("check"))
        .containsEntry("errors", "1")
        .containsEntry("warnings", "0")
        .containsEntry("infos", "0")
        .containsEntry(
            "sarif", repository.resolve("target/digest-reports/digest.sarif").toString());
    assertThat(run.log())
        .contains("Checking only files changed since HEAD (1 changed file(s)")
        .contains(
            "[ERROR] "
                + NEW_DIGEST
                + ":7:7: error DG106 invalid-votes: Vote: \"many\" is neither a non-negative"
                + " integer nor -")
        .contains("::error file=" + NEW_DIGEST + ",line=7,col=7,title=DG106 invalid-votes::")
        .contains("1 digest finding(s) at or above error")
        .doesNotContain("LICENSE.md")
        .doesNotContain("CONTRIBUTING.md");
    // Findings name the new digest only: the committed ones hold 19 errors of their own.
    List<String> named =
        run.log()
            .lines()
            .filter(l -> l.matches("^(\\[(ERROR|WARNING|INFO)\\] |::\\w+ file=)paper_logs/.*"))
            .filter(l -> !l.contains(NEW_DIGEST))
            .toList();
    assertThat(named).isEmpty();
    JsonNode sarif =
        ActionSteps.YAML.readTree(
            repository.resolve("target/digest-reports/digest.sarif").toFile());
    assertThat(sarif.at("/runs/0/results").findValuesAsText("uri")).containsExactly(NEW_DIGEST);
    // Nothing but the new digest changed; reports and caches stay under target/, which keeps
    // itself out of git, so the bot's `git add .` takes the digest alone.
    assertThat(git(repository, "status", "--porcelain", "--untracked-files=all"))
        .isEqualTo("?? " + NEW_DIGEST + "\n");
    assertThat(git(repository, "status", "--porcelain", "--ignored", "--untracked-files=normal"))
        .isEqualTo("?? " + NEW_DIGEST + "\n!! target/\n");
  }

  /** The step bot.yml adds to the bot's job, checked to stand between writing and committing. */
  private static JsonNode botStep() throws IOException {
    JsonNode job =
        ActionSteps.YAML
            .readTree(ROOT.resolve("example-project/.github/workflows/bot.yml").toFile())
            .at("/jobs/digest/steps");
    List<String> order = new ArrayList<>();
    JsonNode found = null;
    for (JsonNode step : job) {
      String uses = step.path("uses").asText();
      if (uses.startsWith("paperdigest/digest-toolkit@")) {
        found = step;
        order.add("check");
      } else if (step.path("run").asText().contains("git add .")) {
        order.add("commit");
      } else if (step.path("name").asText().startsWith("Write the day's digest")) {
        order.add("write");
      }
    }
    assertThat(order).containsExactly("write", "check", "commit");
    assertThat(found.get("with").get("fix").asText()).isEqualTo("true");
    assertThat(found.get("with").get("ratchet-from").asText()).isEqualTo("HEAD");
    return found;
  }

  /** What a day's bot run writes: a fixable repeated author and glued URL, unfixable votes. */
  private static String newDigest() {
    return "## Daily Papers (2024-03-02)\n\n"
        + "### [A New Paper](https://arxiv.org/abs/2403.00001)\n\n"
        + "![](https://cdn-uploads.huggingface.co/production/uploads/abc/thumb.png)\n\n"
        + "Vote: many\n\n"
        + "Authors: Ada Lovelace, Ada Lovelace, Alan Turing\n\n"
        + "- 코드는 https://github.com/org/repo에서 공개됩니다.\n";
  }

  /** A repository as a bot keeps it, with yesterday's digests committed and today's not. */
  private static Path botRepository(Path repo) throws Exception {
    Files.createDirectories(repo.resolve(".github/workflows"));
    Files.writeString(repo.resolve("README.md"), "# Daily papers\n");
    Files.writeString(repo.resolve("LICENSE.md"), "MIT License\n");
    Files.writeString(repo.resolve("CONTRIBUTING.md"), "# Contributing\n\nOpen an issue.\n");
    Files.copy(
        ROOT.resolve("example-project/.github/workflows/bot.yml"),
        repo.resolve(".github/workflows/bot.yml"));
    copyTree(ROOT.resolve("example-project/paper_logs"), repo.resolve("paper_logs"));
    git(repo, "init", "-q");
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "yesterday's digests");
    Path today = repo.resolve(NEW_DIGEST);
    Files.createDirectories(today.getParent());
    Files.writeString(today, newDigest());
    return repo;
  }

  /** What the runner downloads as the action: this checkout, less its tests and build output. */
  private static Path copyOfTheAction(Path to) throws IOException {
    for (String part :
        List.of(
            "pom.xml",
            "mvnw",
            ".mvn",
            "action.yml",
            "action",
            "digest-model/pom.xml",
            "digest-model/src/main",
            "digest-maven-plugin/pom.xml",
            "digest-maven-plugin/src/main",
            "example-project/pom.xml")) {
      copyTree(ROOT.resolve(part), to.resolve(part));
    }
    return to;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  /**
   * Settings whose only remote is the build's local repository, read as a file repository in place
   * of Central (which has checksums; a local repository has none to check).
   */
  private static Path settings(Path file) throws IOException {
    String repository = System.getProperty("digest.buildRepository");
    assertThat(repository).as("failsafe passes digest.buildRepository").isNotBlank();
    String central =
        "<id>central</id><url>"
            + Path.of(repository).toUri()
            + "</url><releases><checksumPolicy>ignore</checksumPolicy></releases>"
            + "<snapshots><enabled>false</enabled></snapshots>";
    return Files.writeString(
        file,
        "<settings><profiles><profile><id>build-repository</id>"
            + "<repositories><repository>"
            + central
            + "</repository></repositories>"
            + "<pluginRepositories><pluginRepository>"
            + central
            + "</pluginRepository></pluginRepositories>"
            + "</profile></profiles>"
            + "<activeProfiles><activeProfile>build-repository</activeProfile></activeProfiles>"
            + "</settings>\n");
  }

  private static String git(Path dir, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of("git", "-c", "user.name=bot", "-c", "user.email=bot@example.invalid"));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("git %s: %s", List.of(args), out).isZero();
    return out;
  }

  /** What one run of the action printed, the outputs of each step, and what it left out. */
  record Run(
      int exitCode,
      String log,
      Map<String, Map<String, String>> outputs,
      List<String> skipped,
      String cacheKey) {}

  /** Runs an action's steps as the runner does, in a job whose workspace is {@code workspace}. */
  private record Runner(Path action, Path workspace, Path m2, Path settings) {

    Run run(ActionSteps steps, Map<String, String> inputs) throws Exception {
      Map<String, Map<String, String>> outputs = new LinkedHashMap<>();
      List<String> skipped = new ArrayList<>();
      StringBuilder log = new StringBuilder();
      String cacheKey = "";
      int index = 0;
      for (ActionSteps.Step step : steps.steps()) {
        index++;
        if (!ActionSteps.runs(step.condition(), outputs)) {
          skipped.add(step.uses().isEmpty() ? step.id() : step.uses());
          continue;
        }
        if (!step.uses().isEmpty()) {
          // The cache: the test's runner has none to restore, and keeps nothing saved.
          assertThat(step.uses()).startsWith("actions/cache/");
          String path = ActionSteps.evaluate(step.with().get("path").asText(), inputs, outputs);
          assertThat(Path.of(path)).isEqualTo(m2.resolve("org/paperdigest"));
          cacheKey = ActionSteps.evaluate(step.with().get("key").asText(), inputs, outputs);
          continue;
        }
        Path script =
            Files.writeString(action.getParent().resolve("step-" + index + ".sh"), step.run());
        Path output = Files.createTempFile(action.getParent(), "output", ".txt");
        ProcessBuilder shell =
            new ProcessBuilder(
                    "bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString())
                .directory(workspace.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = shell.environment();
        step.env().forEach((k, v) -> env.put(k, ActionSteps.evaluate(v, inputs, outputs)));
        env.put("GITHUB_ACTION_PATH", action.toString());
        env.put("GITHUB_ACTIONS", "true");
        env.put("GITHUB_OUTPUT", output.toString());
        env.put("GITHUB_STEP_SUMMARY", action.getParent().resolve("summary.md").toString());
        env.put("GITHUB_WORKSPACE", workspace.toString());
        env.put("GITHUB_REPOSITORY", "example/daily-papers");
        env.put("GITHUB_SERVER_URL", "https://github.com");
        env.put("GITHUB_SHA", "0123456789abcdef0123456789abcdef01234567");
        env.put("RUNNER_OS", "Linux");
        env.put(
            "RUNNER_TEMP",
            Files.createDirectories(action.getParent().resolve("runner-temp")).toString());
        env.put("PATH", System.getProperty("digest.mavenHome") + "/bin:" + env.get("PATH"));
        env.put("DIGEST_MAVEN_REPO_LOCAL", m2.toString());
        env.put("DIGEST_MAVEN_ARGS", "-s " + settings);
        env.remove("MAVEN_OPTS");
        env.remove("MAVEN_ARGS");
        Process process = shell.start();
        log.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(output)) {
          int eq = line.indexOf('=');
          values.put(line.substring(0, eq), line.substring(eq + 1));
        }
        outputs.put(step.id(), values);
        if (process.exitValue() != 0) {
          // The runner stops the job at a failed step.
          return new Run(process.exitValue(), log.toString(), outputs, skipped, cacheKey);
        }
      }
      return new Run(0, log.toString(), outputs, skipped, cacheKey);
    }
  }
}
