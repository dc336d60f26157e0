package org.paperdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperdigest.digest.model.DigestSource;

class DigestFixerTest {

  private static final DigestSource SOURCE = DigestSource.inMemory("paper_logs/2024/01/08.md");

  private static String entry(String authors, String bullet) {
    return "## Daily Papers (2024-01-08)\n\n"
        + "### [Paper](https://arxiv.org/abs/2401.02954)\n\n"
        + "![](https://cdn-uploads.huggingface.co/production/uploads/abc/thumb.png)\n\n"
        + "Vote: 3\n\n"
        + "Authors: "
        + authors
        + "\n\n- "
        + bullet
        + "\n";
  }

  private static DigestFixer.Result fix(String text) {
    return DigestFixer.create(ValidationConfig.defaults()).fix(SOURCE, text);
  }

  @Test
  void repeatedNamesGoAndFirstOccurrencesKeepTheirOrder() {
    DigestFixer.Result result =
        fix(entry("Ada Lovelace, Alan Turing, Ada Lovelace, Grace  Hopper, Grace Hopper", "B."));

    assertThat(result.text()).isEqualTo(entry("Ada Lovelace, Alan Turing, Grace  Hopper", "B."));
    assertThat(result.fixes())
        .extracting(f -> f.rule() + " " + f.position() + " " + f.description())
        .containsExactly("DG110 9:1 dropped repeated Ada Lovelace, Grace Hopper");
  }

  @Test
  void emptyItemsGoWithTheirCommasAndTheTruncationMarkerStays() {
    assertThat(fix(entry(", Ada Lovelace, , Alan Turing, +,", "B.")).text())
        .isEqualTo(entry("Ada Lovelace, Alan Turing, +", "B."));
    assertThat(fix(entry("Ada Lovelace,Ada Lovelace,Alan Turing   ", "B.")).text())
        .isEqualTo(entry("Ada Lovelace,Alan Turing", "B."));
  }

  @Test
  void gluedUrlIsWrappedAndNoOtherCharacterChanges() {
    String text = entry("Ada Lovelace", "Code: https://github.com/org/repo에서 확인  ");
    DigestFixer.Result result = fix(text);

    assertThat(result.text())
        .isEqualTo(entry("Ada Lovelace", "Code: <https://github.com/org/repo>에서 확인  "));
    assertThat(result.fixes())
        .extracting(f -> f.rule() + " " + f.position())
        .containsExactly("DG202 11:36");
  }

  @Test
  void crlfLineEndsAndByteOrderMarkStay() {
    String text = "\uFEFF" + entry("Ada Lovelace, Ada Lovelace  ", "B.").replace("\n", "\r\n");
    String fixed = fix(text).text();

    assertThat(fixed).isEqualTo("\uFEFF" + entry("Ada Lovelace", "B.").replace("\n", "\r\n"));
  }

  @Test
  void aSecondFixChangesNothing() {
    String once =
        fix(entry("Ada Lovelace, Ada Lovelace, , https://x.org/a가나", "https://x.org/b다라")).text();
    DigestFixer.Result twice = fix(once);

    assertThat(twice.changed()).isFalse();
    assertThat(twice.text()).isEqualTo(once);
  }

  @Test
  void rulesTurnedOffAreNotFixed() {
    String text = entry("Ada Lovelace, Ada Lovelace, ", "B.");
    ValidationConfig config = ValidationConfig.builder().rule("DG110=off").build();

    DigestFixer.Result result = DigestFixer.create(config).fix(SOURCE, text);

    assertThat(result.text()).isEqualTo(entry("Ada Lovelace, Ada Lovelace", "B."));
    assertThat(result.fixes()).extracting(DigestFixer.Fix::rule).containsExactly(Rule.DG109);
  }

  @Test
  void aFileWithNothingToFixIsReturnedAsIs() {
    String text = entry("Ada Lovelace, Alan Turing", "B.   ");

    assertThat(fix(text).text()).isSameAs(text);
    assertThat(fix(text).fixes()).isEqualTo(List.of());
  }
}
