package org.paperdigest.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/java-api.md says what the library does by example: each of its Java blocks is compiled as it
 * stands and run, and what it prints must be the {@code // prints} lines under it. The examples
 * that read files get {@code root}, a folder holding {@code paper_logs/2024/01/08.md} with the
 * digest of the page's first example, and {@code files}, that file.
 */
class JavaApiPageTest {

  private static final Path PAGE = Path.of("../docs/java-api.md");
  private static final Pattern BLOCK = Pattern.compile("(?s)```java\n(.*?)```");
  private static final String PRINTS = "// prints";

  @TempDir Path work;

  /** One example: its code, and what it must print. */
  record Example(int number, String code, List<String> prints) {
    @Override
    public String toString() {
      return "example " + number;
    }
  }

  static Stream<Example> examples() throws Exception {
    List<Example> examples = new ArrayList<>();
    Matcher block = BLOCK.matcher(Files.readString(PAGE));
    while (block.find()) {
      String text = block.group(1);
      int prints = text.indexOf(PRINTS);
      List<String> expected =
          prints < 0
              ? List.of()
              : text.substring(prints + PRINTS.length())
                  .lines()
                  .map(String::strip)
                  .filter(l -> l.startsWith("// "))
                  .map(l -> l.substring(3))
                  .toList();
      examples.add(
          new Example(
              examples.size() + 1, prints < 0 ? text : text.substring(0, prints), expected));
    }
    assertThat(examples).as("the page's examples").hasSizeGreaterThanOrEqualTo(4);
    return examples.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void eachExampleCompilesRunsAndPrintsWhatThePageSays(Example example) throws Exception {
    Path root = Files.createDirectories(work.resolve("repo"));
    Path digest = root.resolve("paper_logs/2024/01/08.md");
    Files.createDirectories(digest.getParent());
    Files.writeString(digest, firstDigest(), StandardCharsets.UTF_8);

    Class<?> compiled = compile(example);
    Method run = compiled.getMethod("run", Path.class, List.class);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      run.invoke(null, root, List.of(digest));
    } finally {
      System.setOut(original);
    }

    assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
        .as("what example %d prints", example.number())
        .containsExactlyElementsOf(example.prints());
  }

  /** The digest of the first example's text block, as a file holds it. */
  private static String firstDigest() throws Exception {
    Matcher block = BLOCK.matcher(Files.readString(PAGE));
    assertThat(block.find()).isTrue();
    String code = block.group(1);
    String quoted = code.substring(code.indexOf("\"\"\"") + 3, code.lastIndexOf("\"\"\""));
    return quoted.stripIndent().strip() + "\n";
  }

  private Class<?> compile(Example example) throws Exception {
    String name = "Example" + example.number();
    Path source = work.resolve("src/" + name + ".java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source,
        "import java.nio.file.*;\n"
            + "import java.util.*;\n"
            + "import org.paperdigest.digest.*;\n"
            + "import org.paperdigest.digest.model.*;\n"
            + "public class "
            + name
            + " {\n"
            + "  public static void run(Path root, List<Path> files) throws Exception {\n"
            + example.code()
            + "\n  }\n}\n");
    Path classes = Files.createDirectories(work.resolve("classes"));
    String classPath =
        String.join(
            File.pathSeparator,
            System.getProperty("java.class.path", ""),
            System.getProperty("jdk.module.path", ""));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status =
        javac.run(
            null,
            errors,
            errors,
            "-Xlint:all",
            "-Werror",
            "-cp",
            classPath,
            "-d",
            classes.toString(),
            source.toString());
    assertThat(status).as("example %d compiles: %s", example.number(), errors).isZero();
    URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    return Class.forName(name, true, loader);
  }
}
