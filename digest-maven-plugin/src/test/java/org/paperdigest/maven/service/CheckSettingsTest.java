package org.paperdigest.maven.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.Severity;
import org.paperdigest.maven.links.settings.LinkMode;
import org.paperdigest.maven.links.settings.LinkSettings;

/**
 * Parameters arrive as list elements or as one comma-separated property, which Maven has already
 * cut at every comma; braces keep a pattern's commas. Every bad value names its parameter.
 */
class CheckSettingsTest {

  private static final LinkSettings OFFLINE = LinkSettings.builder().mode(LinkMode.OFFLINE).build();

  @Test
  void splitAllTakesElementsAndCommaSeparatedItemsAndKeepsBracesWhole() {
    assertThat(CheckSettings.splitAll(null)).isEmpty();
    assertThat(CheckSettings.splitAll(List.of(" DG110=warning ", "DG111=off,DG207=info")))
        .containsExactly("DG110=warning", "DG111=off", "DG207=info");
    // -Ddigest.includes=paper_logs/{2023,2024}/**,notes/*.md as Maven hands it over
    assertThat(CheckSettings.splitAll(List.of("paper_logs/{2023", "2024}/**", "notes/*.md")))
        .containsExactly("paper_logs/{2023,2024}/**", "notes/*.md");
    assertThat(CheckSettings.splitAll(List.of("^https://x\\.org/\\d{4,5}$")))
        .containsExactly("^https://x\\.org/\\d{4,5}$");
    assertThat(CheckSettings.splitAll(Arrays.asList("a,,", null, " ", "b")))
        .containsExactly("a", "b");
  }

  @Test
  void builtByNameWithDefaultsThatCountErrorsAndTolerateNone() {
    CheckSettings settings =
        CheckSettings.builder(OFFLINE)
            .rules(List.of("DG110=warning,truncated-authors=off"))
            .formats(List.of("SARIF,json"))
            .build();

    assertThat(settings.violationSeverity()).isEqualTo(Severity.ERROR);
    assertThat(settings.maxAllowedViolations()).isZero();
    assertThat(settings.formats()).containsExactly("sarif", "json");
    assertThat(settings.validation().isEnabled(Rule.DG111)).isFalse();
    assertThat(settings.validation().isEnabled(Rule.DG203)).isTrue();
  }

  @Test
  void linksOffTurnsEveryLinkRuleOff() {
    CheckSettings settings =
        CheckSettings.builder(LinkSettings.builder().mode(LinkMode.OFF).build()).build();

    for (Rule rule : Rule.values()) {
      assertThat(settings.validation().isEnabled(rule))
          .as("%s", rule)
          .isEqualTo(rule.part() != Rule.Part.LINK);
    }
  }

  @Test
  void everyBadValueNamesItsParameter() {
    assertThatThrownBy(() -> CheckSettings.builder(OFFLINE).rules(List.of("DG999=off")).build())
        .hasMessageStartingWith("rules: ");
    assertThatThrownBy(() -> CheckSettings.builder(OFFLINE).violationSeverity("fatal").build())
        .hasMessageStartingWith("violationSeverity: ");
    assertThatThrownBy(() -> CheckSettings.builder(OFFLINE).maxAllowedViolations(-1).build())
        .hasMessage("maxAllowedViolations: must be 0 or more, not -1");
    assertThatThrownBy(() -> CheckSettings.builder(OFFLINE).formats(List.of("pdf")).build())
        .hasMessageStartingWith("formats: unknown report format 'pdf'; known formats: ");
    assertThatThrownBy(
            () -> CheckSettings.builder(OFFLINE).acceptedPaperUrls(List.of("([")).build())
        .hasMessageStartingWith("acceptedPaperUrls: ");
  }
}
