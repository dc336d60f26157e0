package org.paperdigest.maven.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.Severity;
import org.paperdigest.maven.OfflineCheck;
import org.paperdigest.maven.report.ReportContext;
import org.paperdigest.maven.report.ReportOptions;
import org.paperdigest.maven.report.SarifReportWriter;
import org.paperdigest.maven.service.Checked;
import org.paperdigest.maven.service.PluginInfo;

/**
 * Every address the toolkit publishes has the shape of a page that exists: the project's address
 * and scm in the POMs as Maven resolves them for a module (inherited, not appended to), the rule
 * pages SARIF links by default (this version's tag, or main for a snapshot, and a page the
 * repository has), the SARIF tool's informationUri, and the action that the docs tell users to
 * name.
 */
class PublishedAddressesTest {

  private static final String PROJECT = "https://github.com/paperdigest/digest-toolkit";
  private static final Path ROOT = Path.of("..");

  @TempDir Path out;

  @Test
  void theModulesPublishTheRepositorysOwnAddresses() throws IOException {
    // The build filters these from ${project.url} and ${project.scm.*} of this module.
    Properties plugin = new Properties();
    try (InputStream in =
        Files.newInputStream(Path.of("target/classes/digest-plugin.properties"))) {
      plugin.load(in);
    }

    assertThat(plugin.getProperty("url")).isEqualTo(PROJECT);
    assertThat(plugin.getProperty("scm")).isEqualTo(PROJECT);
    assertThat(plugin.getProperty("scmConnection")).isEqualTo("scm:git:" + PROJECT + ".git");
    assertThat(PluginInfo.URL).isEqualTo(PROJECT);
  }

  @Test
  void theDefaultRulePagesAreThisVersionsOnGithub() {
    String ref = PluginInfo.VERSION.endsWith("-SNAPSHOT") ? "main" : "v" + PluginInfo.VERSION;

    assertThat(PluginInfo.VERSION).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(PluginInfo.ruleDocsUrl()).isEqualTo(PROJECT + "/blob/" + ref + "/docs/rules/");
  }

  @Test
  void sarifLinksEveryRulesPageThatExistsAndTheProject() throws IOException {
    Checked checked = OfflineCheck.check(Path.of("../example-project/paper_logs").toAbsolutePath());
    ReportOptions defaults = new ReportOptions(PluginInfo.ruleDocsUrl(), "digest", 25_000);
    ReportContext context =
        new ReportContext(
            checked.result(),
            checked.context().config(),
            PluginInfo.VERSION,
            "",
            checked.context().directory(),
            checked.context().files(),
            Severity.ERROR,
            Set.of(),
            false,
            defaults);

    JsonNode driver =
        new ObjectMapper()
            .readTree(new SarifReportWriter().write(context, out).toFile())
            .at("/runs/0/tool/driver");

    assertThat(driver.get("informationUri").asText()).isEqualTo(PROJECT);
    assertThat(driver.get("rules")).hasSize(Rule.values().length);
    Pattern page =
        Pattern.compile(
            "^https://github\\.com/paperdigest/digest-toolkit/blob/(main|v\\d+\\.\\d+\\.\\d+)/(docs/rules/(DG\\d{3})\\.md)$");
    for (JsonNode rule : driver.get("rules")) {
      String helpUri = rule.get("helpUri").asText();
      Matcher m = page.matcher(helpUri);
      assertThat(m.matches()).as(helpUri).isTrue();
      assertThat(m.group(3)).isEqualTo(rule.get("id").asText());
      assertThat(ROOT.resolve(m.group(2))).isRegularFile();
      String markdown = rule.at("/help/markdown").asText();
      assertThat(markdown)
          .startsWith("**" + rule.get("id").asText() + " " + rule.get("name").asText() + "**: ")
          .endsWith("](" + helpUri + ")");
      // Every code fence it opens, it closes: the example cannot spill into the link.
      assertThat(markdown.split("```", -1).length % 2).as(markdown).isEqualTo(1);
    }
  }

  @Test
  void theDocsNameTheActionAndThePluginAtTheReleasedVersion() throws IOException {
    String version = PluginInfo.VERSION.replace("-SNAPSHOT", "");
    Pattern action = Pattern.compile("uses: (paperdigest/digest-toolkit@[^\\s]+)");
    Pattern coordinates = Pattern.compile("org\\.paperdigest:digest-maven-plugin:([^:\\s\"`]+)");
    int found = 0;
    for (Path file :
        List.of(
            ROOT.resolve("README.md"),
            ROOT.resolve("docs/install.md"),
            ROOT.resolve("docs/github-action.md"),
            ROOT.resolve("docs/bot-recipe.md"),
            ROOT.resolve("example-project/.github/workflows/bot.yml"),
            ROOT.resolve("example-project/.github/workflows/digest-weekly.yml"),
            ROOT.resolve("example-project/.github/workflows/digest.yml"))) {
      String text = Files.readString(file);
      assertThat(text).as(file.toString()).doesNotContain("SNAPSHOT");
      Matcher a = action.matcher(text);
      while (a.find()) {
        assertThat(a.group(1)).isEqualTo("paperdigest/digest-toolkit@v" + version);
        found++;
      }
      Matcher c = coordinates.matcher(text);
      while (c.find()) {
        assertThat(c.group(1)).as(file.toString()).isEqualTo(version);
        found++;
      }
    }
    assertThat(found).isGreaterThanOrEqualTo(8);
  }
}
