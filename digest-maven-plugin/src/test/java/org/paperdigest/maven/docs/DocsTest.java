package org.paperdigest.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paperdigest.digest.Rule;

/**
 * The documentation says what the code does: a page per rule whose id, name, severity, fixability,
 * where it runs and description are those of {@link Rule}; README's rule index; and every parameter
 * of every goal in the plugin descriptor documented in docs/configuration.md with its user
 * property.
 */
class DocsTest {

  private static final Path DOCS = Path.of("../docs");
  private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
  private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z]+)` \\| `([A-Za-z.]+)` \\|");

  @Test
  void everyRuleHasItsPageAndEveryPageItsRule() throws IOException {
    for (Rule rule : Rule.values()) {
      Path page = DOCS.resolve("rules/" + rule.id() + ".md");
      assertThat(page).as("the page of %s", rule.id()).isRegularFile();
      List<String> lines = Files.readAllLines(page);
      assertThat(lines.get(0)).isEqualTo("# " + rule.id() + " `" + rule.ruleName() + "`");
      assertThat(lines)
          .as(page.toString())
          .contains(
              "| Default severity | " + rule.defaultSeverity().label() + " |",
              "| Fixable by `digest:fix` | " + (rule.fixable() ? "yes" : "no") + " |",
              "| Runs in | "
                  + (rule.online() ? "online link check only" : "every check (offline)")
                  + " |",
              rule.description())
          .contains("## Why it matters", "## Failing example", "## Fixed", "## Turning it off")
          .contains("<rules><rule>" + rule.id() + "=off</rule></rules>");
    }
    try (Stream<Path> pages = Files.list(DOCS.resolve("rules"))) {
      assertThat(pages.map(p -> p.getFileName().toString().replace(".md", "")))
          .allMatch(id -> Rule.find(id).filter(r -> r.id().equals(id)).isPresent());
    }
  }

  @Test
  void readmeIndexesEveryRuleAsTheCodeHasIt() throws IOException {
    List<String> rows =
        Files.readAllLines(Path.of("../README.md")).stream()
            .filter(l -> l.startsWith("| [DG"))
            .toList();
    List<String> expected =
        Arrays.stream(Rule.values())
            .map(
                r ->
                    String.format(
                        Locale.ROOT,
                        "| [%s](docs/rules/%s.md) | `%s` | %s | %s |",
                        r.id(),
                        r.id(),
                        r.ruleName(),
                        r.defaultSeverity().label(),
                        r.fixable() ? "yes" : ""))
            .map(s -> s.replace(" |  |", " | |"))
            .toList();
    assertThat(rows).containsExactlyElementsOf(expected);
  }

  @Test
  void everyGoalParameterIsDocumentedWithItsUserProperty() throws IOException {
    Map<String, Map<String, String>> descriptor = descriptor();
    Map<String, Map<String, String>> documented = documented();

    assertThat(descriptor.keySet())
        .containsExactlyInAnyOrder("check", "baseline", "fix", "report", "help");
    for (var goal : descriptor.entrySet()) {
      assertThat(documented.get(goal.getKey()))
          .as("docs/configuration.md, the parameters of digest:%s", goal.getKey())
          .containsExactlyInAnyOrderEntriesOf(goal.getValue());
    }
  }

  /** Goal to parameter to user property, as maven-plugin-plugin wrote them. */
  private static Map<String, Map<String, String>> descriptor() throws IOException {
    String xml = Files.readString(DESCRIPTOR);
    Map<String, Map<String, String>> goals = new TreeMap<>();
    Matcher mojo = Pattern.compile("(?s)<mojo>.*?</mojo>").matcher(xml);
    while (mojo.find()) {
      String text = mojo.group();
      String goal = first(text, "<goal>(.*?)</goal>");
      Map<String, String> parameters = new TreeMap<>();
      Matcher parameter = Pattern.compile("(?s)<parameter>.*?</parameter>").matcher(text);
      while (parameter.find()) {
        if (parameter.group().contains("<editable>true</editable>")) {
          String name = first(parameter.group(), "<name>(.*?)</name>");
          parameters.put(
              name, first(text, "<" + name + " implementation=\"[^\"]*\"[^>]*>\\$\\{([^}]*)\\}"));
        }
      }
      goals.put(goal, parameters);
    }
    return goals;
  }

  /**
   * Goal to parameter to user property, from the tables of docs/configuration.md: a goal's section
   * (its subsections included), plus the shared tables it says it takes.
   */
  private static Map<String, Map<String, String>> documented() throws IOException {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = new ArrayList<>();
    for (String line : Files.readAllLines(DOCS.resolve("configuration.md"))) {
      if (line.startsWith("## ") || line.startsWith("### Link parameters")) {
        current = new ArrayList<>();
        sections.put(line, current);
      }
      current.add(line);
    }
    Map<String, String> every = rows(sections.get("## Parameters of every goal"));
    Map<String, String> checking = rows(sections.get("## Parameters of the goals that check"));
    Map<String, String> links = rows(sections.get("### Link parameters"));
    Map<String, Map<String, String>> goals = new TreeMap<>();
    for (var section : sections.entrySet()) {
      Matcher goal = Pattern.compile("^## `digest:(\\w+)`$").matcher(section.getKey());
      if (!goal.matches()) {
        continue;
      }
      Map<String, String> parameters = new TreeMap<>(rows(section.getValue()));
      String text = String.join("\n", section.getValue());
      if (text.contains("(#parameters-of-every-goal)")) {
        parameters.putAll(every);
      }
      if (text.contains("(#parameters-of-the-goals-that-check)")) {
        parameters.putAll(checking);
      }
      if (text.contains("(#link-parameters)") && !text.contains("not the\n[link parameters]")) {
        parameters.putAll(links);
      }
      goals.put(goal.group(1), parameters);
    }
    return goals;
  }

  private static Map<String, String> rows(List<String> lines) {
    Map<String, String> rows = new TreeMap<>();
    for (String line : lines) {
      Matcher row = ROW.matcher(line);
      if (row.find()) {
        rows.put(row.group(1), row.group(2));
      }
    }
    return rows;
  }

  private static String first(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? m.group(1) : "";
  }
}
