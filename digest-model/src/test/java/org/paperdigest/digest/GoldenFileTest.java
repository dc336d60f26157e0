package org.paperdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every folder under {@code golden/} is a small repository of digests; {@code expected.txt} beside
 * them lists the exact findings a check must produce, one console line each, with the default rules
 * or, where the folder has a {@code rules.txt}, with its rule settings (one a line, as {@code
 * digest.rules} takes them). A folder with a {@code records.txt} is checked online against those
 * papers' records, one a line as {@code id | version | title | name; name; ...}, as if arXiv had
 * answered with them. Adding a case is adding a folder. Run with {@code -Dgolden.update=true} to
 * rewrite the expectations, then review the diff.
 */
class GoldenFileTest {

  static Stream<String> cases() throws IOException, URISyntaxException {
    try (Stream<Path> folders = Files.list(goldenRoot())) {
      return folders
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findingsMatchTheExpectedFile(String name) throws Exception {
    Path folder = goldenRoot().resolve(name);
    List<Path> digests;
    try (Stream<Path> files = Files.walk(folder)) {
      digests =
          files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".md")).toList();
    }
    String actual;
    ValidationConfig.Builder config = ValidationConfig.builder();
    Path rules = folder.resolve("rules.txt");
    if (Files.exists(rules)) {
      Files.readAllLines(rules).stream()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .forEach(config::rule);
    }
    CheckOptions.Builder options = CheckOptions.builder();
    Path records = folder.resolve("records.txt");
    if (Files.exists(records)) {
      Map<String, PaperRecord> answered = records(records);
      options.online(
          () ->
              new OnlineCheck.Answer(
                  List.of(), answered, EnumSet.of(Rule.DG116, Rule.DG121, Rule.DG122)));
    }
    try (DigestChecker checker = DigestChecker.create(config.build(), 2)) {
      actual =
          checker.check(folder, digests, options.build()).findings().stream()
              .map(Finding::toString)
              .collect(Collectors.joining("\n", "", "\n"));
    }
    Path expectedFile = folder.resolve("expected.txt");
    if (Boolean.getBoolean("golden.update")) {
      Path source = Path.of("src/test/resources/golden", name, "expected.txt");
      Files.writeString(source, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
  }

  /** The records of {@code file}: {@code id | version | title | name; name; ...} a line. */
  static Map<String, PaperRecord> records(Path file) throws IOException {
    Map<String, PaperRecord> records = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split(" \\| ", -1);
      List<String> authors = parts[3].isBlank() ? List.of() : List.of(parts[3].split("; ", -1));
      records.put(
          parts[0], new PaperRecord(parts[0], Integer.parseInt(parts[1]), parts[2], authors));
    }
    return records;
  }

  static Path goldenRoot() throws URISyntaxException {
    return Path.of(GoldenFileTest.class.getResource("/golden").toURI());
  }
}
