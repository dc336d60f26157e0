package org.paperdigest.digest.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar works on the module path: a module of its own that requires {@code
 * org.paperdigest.digest} compiles against its exported packages only, and at run time parses and
 * validates a digest (Hibernate Validator reaching the records and validators it was opened to).
 */
class ModulePathIT {

  private static final List<String> DEPENDENCIES =
      List.of(
          "commonmark-",
          "autolink-",
          "hibernate-validator-",
          "jakarta.validation-api-",
          "jboss-logging-",
          "classmate-");

  @TempDir Path dir;

  @Test
  void aModuleOfItsOwnParsesAndValidatesThroughTheExportedApi() throws Exception {
    Path source = dir.resolve("src");
    write(
        source.resolve("module-info.java"), "module consumer { requires org.paperdigest.digest; }");
    write(
        source.resolve("consumer/Main.java"),
        """
        package consumer;

        import org.paperdigest.digest.*;
        import org.paperdigest.digest.model.DigestSource;

        public class Main {
          public static void main(String[] args) {
            String text = "## Daily Papers (2024-01-08)\\n\\n"
                + "### [A paper](https://arxiv.org/abs/2401.02957)\\n\\n"
                + "![](https://cdn-uploads.huggingface.co/production/uploads/x/a.png)\\n\\n"
                + "Vote: 15\\n\\nAuthors: Ada Lovelace, Ada Lovelace\\n\\n- A summary.\\n";
            try (DigestValidator validator = DigestValidator.create(ValidationConfig.defaults())) {
              var file = DigestParser.create().parse(DigestSource.inMemory("x.md"), text);
              validator.validate(file).forEach(System.out::println);
            }
            Module digest = DigestParser.class.getModule();
            System.out.println("internal exported: "
                + digest.isExported("org.paperdigest.digest.internal"));
          }
        }
        """);
    String modulePath = modulePath();
    Path classes = dir.resolve("classes");
    String compiled =
        run(
            tool("javac"),
            "--module-path",
            modulePath,
            "-d",
            classes.toString(),
            source.resolve("module-info.java").toString(),
            source.resolve("consumer/Main.java").toString());
    assertThat(compiled).as("the consumer module compiles").isEmpty();

    String output =
        run(
            tool("java"),
            "--module-path",
            classes + File.pathSeparator + modulePath,
            "-m",
            "consumer/consumer.Main");

    assertThat(output)
        .contains(
            "x.md:9:24: error DG110 duplicate-author: repeated author name: Ada Lovelace (2x)")
        .contains("internal exported: false")
        .doesNotContain("WARNING");
  }

  /** Runs a command; fails unless it ends well within a minute. Returns what it printed. */
  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  private static String tool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  /** The packaged jar and the jars it needs, from this test's own module or class path. */
  private static String modulePath() throws IOException {
    Path jar = Path.of(System.getProperty("digest.jar"));
    assertThat(jar).exists();
    String paths =
        System.getProperty("jdk.module.path", "")
            + File.pathSeparator
            + System.getProperty("java.class.path", "");
    List<String> dependencies =
        Stream.of(paths.split(File.pathSeparator))
            .filter(p -> p.endsWith(".jar"))
            .filter(
                p ->
                    DEPENDENCIES.stream()
                        .anyMatch(d -> Path.of(p).getFileName().toString().startsWith(d)))
            .distinct()
            .toList();
    assertThat(dependencies).hasSize(DEPENDENCIES.size() + 1); // commonmark and its extension
    return jar
        + File.pathSeparator
        + dependencies.stream().collect(Collectors.joining(File.pathSeparator));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
