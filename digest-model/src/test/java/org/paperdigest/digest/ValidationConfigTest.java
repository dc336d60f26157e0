package org.paperdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperdigest.digest.model.DigestSource;

class ValidationConfigTest {

  private static final String DIGEST =
      """
      ## Daily Papers (2024-01-08)

      ### [A paper](https://openreview.net/forum?id=abc123)

      ![](https://cdn-uploads.huggingface.co/a.png)

      Vote: 5

      Authors: Ada Lovelace, Ada Lovelace, +

      - A bullet.
      """;

  private static List<String> findings(ValidationConfig config) {
    try (DigestValidator validator = DigestValidator.create(config)) {
      return validator
          .validate(DigestParser.create().parse(DigestSource.inMemory("x.md"), DIGEST))
          .stream()
          .map(Finding::toString)
          .toList();
    }
  }

  @Test
  void defaultsReportEveryRuleAtItsDefaultSeverity() {
    assertThat(findings(ValidationConfig.defaults()))
        .containsExactly(
            "x.md:3:15: error DG102 invalid-paper-link: https://openreview.net/forum?id=abc123 is"
                + " not an accepted paper URL (expected https://arxiv.org/abs/<arXiv id>)",
            "x.md:9:24: error DG110 duplicate-author: repeated author name: Ada Lovelace (2x)",
            "x.md:9:38: info DG111 truncated-authors: the author list was cut ('+')");
  }

  @Test
  void rulesAreSetByIdOrNameAndTurnedOff() {
    ValidationConfig config =
        ValidationConfig.builder()
            .rule("DG110=warning")
            .rule("truncated-authors=off")
            .acceptedPaperUrls(List.of("https://openreview\\.net/forum\\?id=\\w+"))
            .build();

    assertThat(findings(config))
        .containsExactly(
            "x.md:9:24: warning DG110 duplicate-author: repeated author name: Ada Lovelace (2x)");
  }

  @Test
  void badSettingsAreRefusedWithTheReason() {
    assertThatThrownBy(() -> ValidationConfig.builder().rule("DG999=error"))
        .hasMessageContaining("unknown rule 'DG999'");
    assertThatThrownBy(() -> ValidationConfig.builder().rule("DG110=fatal"))
        .hasMessageContaining("unknown severity 'fatal'");
    assertThatThrownBy(() -> ValidationConfig.builder().rule("DG110"))
        .hasMessageContaining("must look like DG110=warning");
    assertThatThrownBy(() -> ValidationConfig.builder().acceptedPaperUrls(List.of("(")))
        .hasMessageContaining("is not a regular expression");
  }

  @Test
  void pathScopedSettingsApplyToTheFilesTheyMatchAndTheLastOneWins() {
    ValidationConfig config =
        ValidationConfig.builder()
            .rule("DG105=warning")
            .rule("paper_logs/2023/**:DG105=off")
            .rule("paper_logs/2023/11/02.md:missing-votes=error")
            .rule("paper_logs/2022:DG105=info")
            .build();

    assertThat(config.severityOf(Rule.DG105, "paper_logs/2024/01/08.md"))
        .contains(Severity.WARNING);
    assertThat(config.severityOf(Rule.DG105, "paper_logs/2023/11/01.md")).isEmpty();
    assertThat(config.severityOf(Rule.DG105, "paper_logs/2023/11/02.md")).contains(Severity.ERROR);
    assertThat(config.severityOf(Rule.DG105, "paper_logs/2022/05/01.md")).contains(Severity.INFO);
    assertThat(config.severityOf(Rule.DG110, "paper_logs/2023/11/01.md")).contains(Severity.ERROR);
    assertThat(config.isEnabled(Rule.DG105)).isTrue();
  }

  @Test
  void aSettingForEveryFileOverridesThePathScopedOnesBeforeIt() {
    ValidationConfig config =
        ValidationConfig.builder().rule("paper_logs/2023/**:DG105=error").rule("DG105=off").build();

    assertThat(config.severityOf(Rule.DG105, "paper_logs/2023/11/01.md")).isEmpty();
    assertThat(config.isEnabled(Rule.DG105)).isFalse();
    assertThat(config.isPathScoped()).isFalse();
  }

  @Test
  void aRuleOffEverywhereButOnePathStillRunsThere() {
    ValidationConfig config =
        ValidationConfig.builder().rule("DG110=off").rule("x.md:DG110=warning").build();

    assertThat(config.isEnabled(Rule.DG110)).isTrue();
    assertThat(findings(config))
        .contains(
            "x.md:9:24: warning DG110 duplicate-author: repeated author name: Ada Lovelace (2x)");
    assertThat(
            findings(
                ValidationConfig.builder().rule("DG110=off").rule("y.md:DG110=warning").build()))
        .noneMatch(f -> f.contains("DG110"));
  }

  @Test
  void theFingerprintHoldsPathScopedSettings() {
    String plain = ValidationConfig.builder().rule("DG105=off").build().cacheKey();
    String scoped =
        ValidationConfig.builder().rule("paper_logs/2023/**:DG105=off").build().cacheKey();
    String otherPath =
        ValidationConfig.builder().rule("paper_logs/2022/**:DG105=off").build().cacheKey();

    assertThat(scoped).isNotEqualTo(plain).isNotEqualTo(otherPath);
  }

  @Test
  void badPathPatternsAreRefusedWithTheReason() {
    assertThatThrownBy(() -> ValidationConfig.builder().rule("paper_logs/{2023:DG105=off"))
        .hasMessageContaining("has a '{' without its '}'");
    assertThatThrownBy(() -> ValidationConfig.builder().rule(":DG105=off"))
        .hasMessageContaining("empty path pattern");
    assertThatThrownBy(() -> ValidationConfig.builder().rule("paper_logs/**:DG999=off"))
        .hasMessageContaining("unknown rule 'DG999'");
  }
}
