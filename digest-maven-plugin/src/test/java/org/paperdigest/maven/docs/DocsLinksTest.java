package org.paperdigest.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of README, the changelog and {@code docs/} leads to a file of the repository,
 * and every heading anchor to a heading of its page, as GitHub makes anchors; links to this
 * repository on GitHub name a file it has. Links inside code are not links.
 */
class DocsLinksTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(([^)\\s]+)\\)");
  private static final Pattern OURS =
      Pattern.compile(
          "^https://github\\.com/paperdigest/digest-toolkit/(?:blob|tree)/[^/]+/([^#?]+)");

  @Test
  void everyRelativeLinkAndAnchorResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path page : pages()) {
      for (String target : links(Files.readString(page))) {
        Matcher ours = OURS.matcher(target);
        if (ours.find()) {
          links++;
          if (!Files.exists(ROOT.resolve(ours.group(1)))) {
            broken.add(ROOT.relativize(page) + ": " + target);
          }
          continue;
        }
        if (target.matches("^[a-z]+:.*")) {
          continue;
        }
        links++;
        String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
        Path file = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!Files.exists(file)) {
          broken.add(ROOT.relativize(page) + ": " + target + " (no such file)");
        } else if (!anchor.isEmpty() && !anchors(Files.readString(file)).contains(anchor)) {
          broken.add(ROOT.relativize(page) + ": " + target + " (no such heading)");
        }
      }
    }
    assertThat(broken).isEmpty();
    assertThat(links).isGreaterThan(150);
  }

  @Test
  void aBrokenLinkOrAnchorIsFound() {
    // The test must be able to fail: these are what it looks for.
    String page = "# Title\n\n## Link parameters\n\n[a](#link-parameters) `[b](#no)` [c](#nope)\n";
    assertThat(links(page)).containsExactly("#link-parameters", "#nope");
    assertThat(anchors(page)).contains("title", "link-parameters").doesNotContain("nope");
    assertThat(anchors("## `digest:fix`\n## Rules per path\n## 1. Why? (b)\n"))
        .containsExactly("1-why-b", "digestfix", "rules-per-path");
  }

  /** README, the changelog, the example's README and every page under docs/. */
  private static List<Path> pages() throws IOException {
    List<Path> pages =
        new ArrayList<>(
            List.of(
                ROOT.resolve("README.md"),
                ROOT.resolve("CHANGELOG.md"),
                ROOT.resolve("example-project/README.md")));
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  /** The link targets of {@code markdown}, outside fenced code blocks and code spans. */
  static List<String> links(String markdown) {
    List<String> targets = new ArrayList<>();
    boolean fenced = false;
    for (String line : markdown.split("\n")) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        continue;
      }
      Matcher m = LINK.matcher(line.replaceAll("`[^`]*`", ""));
      while (m.find()) {
        targets.add(m.group(1));
      }
    }
    return targets;
  }

  /** The anchors GitHub gives the headings of {@code markdown}. */
  static Set<String> anchors(String markdown) {
    Set<String> anchors = new TreeSet<>();
    boolean fenced = false;
    for (String line : markdown.split("\n")) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
      } else if (!fenced && line.matches("^#{1,6} .*")) {
        String text = line.replaceFirst("^#+ ", "").strip().toLowerCase(Locale.ROOT);
        String slug = text.replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-');
        String anchor = slug;
        for (int n = 1; anchors.contains(anchor); n++) {
          anchor = slug + "-" + n;
        }
        anchors.add(anchor);
      }
    }
    return anchors;
  }
}
