package org.paperdigest.digest.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.internal.rules.CheckCatalog.Implementation;
import org.paperdigest.digest.internal.rules.CheckCatalog.RunStep;

/**
 * One name, one place: every rule has its implementation in the catalogue, consistent with its
 * facts, and its golden case under the same id and name ({@code dg110-duplicate-author}), as
 * maven-enforcer keeps a rule's class, test, page and IT together. The link rules' cases are the
 * plugin's (golden-online), which checks them; DocsTest holds every rule's page.
 */
class RuleIndexTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final String PLUGIN = "org.paperdigest.maven.";

  @ParameterizedTest
  @EnumSource(Rule.class)
  void everyRuleHasItsImplementationItsFactsAndItsGoldenCase(Rule rule) throws Exception {
    Implementation implementation = CheckCatalog.of(rule, List.of());
    boolean inPlugin = implementation instanceof RunStep step && step.where().startsWith(PLUGIN);
    if (implementation instanceof RuleCheck<?> check) {
      assertThat(check.rule()).isEqualTo(rule);
      assertThat(rule.online()).as("a per-file check needs no network").isFalse();
    } else if (!inPlugin) {
      Class.forName(((RunStep) implementation).where());
    }
    boolean records =
        implementation.equals(
            new RunStep(org.paperdigest.digest.internal.records.RecordRules.class.getName()));
    assertThat(rule.online()).as("online: records or requests").isEqualTo(records || inPlugin);
    if (rule.fix() == Rule.Fix.ONLINE) {
      assertThat(rule.online()).as("a fix from what an online check learns").isTrue();
    }
    String folder = rule.id().toLowerCase(Locale.ROOT) + "-" + rule.ruleName();
    if (!inPlugin) {
      assertThat(GOLDEN.resolve(folder)).as("the golden case of %s", rule).isDirectory();
      assertThat(GOLDEN.resolve(folder).resolve("expected.txt"))
          .content()
          .as("the golden case of %s reports it", rule)
          .contains(" " + rule.id() + " " + rule.ruleName() + ": ");
    } else {
      assertThat(Files.exists(GOLDEN.resolve(folder)))
          .as("link rules' cases are the plugin's")
          .isFalse();
    }
  }
}
