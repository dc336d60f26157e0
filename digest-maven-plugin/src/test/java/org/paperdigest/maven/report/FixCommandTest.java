package org.paperdigest.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paperdigest.digest.Rule;

/** Every fixable rule names the command that fixes it, with links online where its fix needs it. */
class FixCommandTest {

  @ParameterizedTest
  @EnumSource(Rule.class)
  void aFixableRuleNamesTheCommandAnyOtherNone(Rule rule) {
    if (!rule.fixable()) {
      assertThat(FixCommand.of(rule)).isEmpty();
    } else if (rule.online()) {
      assertThat(FixCommand.of(rule)).contains("mvn digest:fix -Ddigest.links=online");
    } else {
      assertThat(FixCommand.of(rule)).contains("mvn digest:fix");
    }
  }
}
