package org.paperdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public declaration of the exported packages has its contract written, with the release it
 * came in ({@code @since}); the build's doclint (every group) holds what each says it takes,
 * returns and throws. Overrides of {@code Object}'s methods say what they do and need no
 * {@code @since}.
 */
class ApiDocsTest {

  private static final Path SOURCES = Path.of("src/main/java/org/paperdigest/digest");
  private static final Pattern DECLARATION =
      Pattern.compile(
          "(/\\*\\*(?:(?!\\*/).)*?\\*/)?\\s*\\n((?:\\s*@\\w+\\s*\\n)*)\\s*(public [^\\n{;=]*)",
          Pattern.DOTALL);
  private static final Pattern OVERRIDE =
      Pattern.compile("\\b(toString|equals|hashCode|compareTo|close)\\(");

  @Test
  void everyPublicDeclarationOfTheApiSaysSinceWhen() throws IOException {
    List<String> undocumented = new ArrayList<>();
    for (Path file : apiSources()) {
      Matcher m = DECLARATION.matcher(Files.readString(file));
      while (m.find()) {
        String doc = m.group(1);
        String declaration = m.group(3).strip();
        boolean override = m.group(2).contains("@Override") && OVERRIDE.matcher(declaration).find();
        if (doc == null || (!doc.contains("@since") && !override)) {
          undocumented.add(SOURCES.relativize(file) + ": " + declaration);
        }
      }
    }
    assertThat(undocumented).isEmpty();
  }

  private static List<Path> apiSources() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path folder : List.of(SOURCES, SOURCES.resolve("model"))) {
      try (Stream<Path> list = Files.list(folder)) {
        list.filter(p -> p.toString().endsWith(".java"))
            .filter(p -> !p.endsWith("package-info.java"))
            .sorted()
            .forEach(files::add);
      }
    }
    return files;
  }
}
