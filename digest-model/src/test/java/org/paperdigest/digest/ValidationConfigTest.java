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
}
