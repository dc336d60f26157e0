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

  @Test
  void codeLiteralAuthorLinesAreWrittenAsNames() {
    assertThat(fix(entry("['Ada Lovelace', 'Alan Turing', 'and Grace Hopper']", "B.")).text())
        .isEqualTo(entry("Ada Lovelace, Alan Turing, Grace Hopper", "B."));

    DigestFixer.Result result =
        fix(entry("[\"Conan O'Brien\", 'Ada Lovelace', 'Ada Lovelace', '+']  ", "B."));
    assertThat(result.text()).isEqualTo(entry("Conan O'Brien, Ada Lovelace, +", "B."));
    assertThat(result.fixes())
        .extracting(f -> f.rule() + " " + f.position() + " " + f.description())
        .containsExactly(
            "DG117 9:10 wrote the author list as names separated by commas",
            "DG110 9:1 dropped repeated Ada Lovelace");
  }

  @Test
  void gluedUrlsOfEveryShapeAreWrapped() {
    String text =
        entry(
            "Ada Lovelace",
            "페이지(https://project.github.io)에서, https://x.io에서, 'https://x.io/a'에서,"
                + " https://x.io/demo/에서 and https://ko.wikipedia.org/wiki/한국어 stays.");
    DigestFixer.Result result = fix(text);

    assertThat(result.text())
        .isEqualTo(
            entry(
                "Ada Lovelace",
                "페이지(<https://project.github.io>)에서, <https://x.io>에서, '<https://x.io/a>'에서,"
                    + " <https://x.io/demo/>에서 and https://ko.wikipedia.org/wiki/한국어 stays."));
    assertThat(result.fixes())
        .extracting(f -> f.rule() + " " + f.position())
        .containsExactly("DG202 11:32", "DG202 11:49", "DG202 11:68", "DG202 11:91");
  }

  @Test
  void rawHtmlInTextIsEscapedAndFormattingIsLeftAlone() {
    String text =
        entry("Ada Lovelace", "Reasons in <think>...</think>, ends at </s>; H<sub>2</sub>O `<x>`.");
    DigestFixer.Result result = fix(text);

    assertThat(result.text())
        .isEqualTo(
            entry(
                "Ada Lovelace",
                "Reasons in \\<think>...\\</think>, ends at \\</s>; H<sub>2</sub>O `<x>`."));
    assertThat(result.fixes())
        .extracting(f -> f.rule() + " " + f.position() + " " + f.description())
        .containsExactly(
            "DG120 11:14 escaped <think>",
            "DG120 11:24 escaped </think>",
            "DG120 11:42 escaped </s>");
  }

  @Test
  void lostParenthesesAreAddedAndTheVideoStaysTheEntrysVideo() {
    String video = "https://cdn-uploads.huggingface.co/production/uploads/abc/v.mp4";
    String text =
        "## Daily Papers (2024-01-08)\n\n### [Paper](https://arxiv.org/abs/2401.02954)\n\n"
            + "[Watch Video]"
            + video
            + "\n<div><video controls src=\""
            + video
            + "\" muted=\"false\"></video></div>\n\nVote: 3\n\nAuthors: Ada Lovelace\n\n"
            + "- 코드는 [GitHub]https://github.com/org/repo에서 공개됩니다.\n";
    DigestFixer.Result result = fix(text);

    assertThat(result.text())
        .isEqualTo(
            text.replace("[Watch Video]" + video, "[Watch Video](" + video + ")")
                .replace(
                    "[GitHub]https://github.com/org/repo에서",
                    "[GitHub](https://github.com/org/repo)에서"));
    assertThat(result.fixes())
        .extracting(f -> f.rule() + " " + f.position())
        .containsExactly("DG209 5:1", "DG209 12:7");
    assertThat(fix(result.text()).changed()).isFalse();
  }

  @Test
  void everyShapeFixedOnceIsFixedForGood() {
    String once =
        fix(entry(
                "['Ada Lovelace', 'Ada Lovelace', 'and Alan Turing', '']",
                "[Code]https://x.io/a에서, (https://x.io)이, <EOS> and https://x.io/b/을"))
            .text();
    DigestFixer.Result twice = fix(once);

    assertThat(once)
        .isEqualTo(
            entry(
                "Ada Lovelace, Alan Turing",
                "[Code](https://x.io/a)에서, (<https://x.io>)이, \\<EOS> and <https://x.io/b/>을"));
    assertThat(twice.changed()).isFalse();
    assertThat(twice.text()).isEqualTo(once);
  }

  @Test
  void rulesOffForTheFilesPathAreNotFixed() {
    String text = entry("['Ada Lovelace', 'Ada Lovelace']", "https://x.io에서");
    ValidationConfig config =
        ValidationConfig.builder()
            .rule("paper_logs/2024/**:DG117=off")
            .rule("paper_logs/2023/**:DG202=off")
            .build();

    DigestFixer.Result result = DigestFixer.create(config).fix(SOURCE, text);

    assertThat(result.text())
        .isEqualTo(entry("['Ada Lovelace', 'Ada Lovelace']", "<https://x.io>에서"));
    assertThat(result.fixes()).extracting(DigestFixer.Fix::rule).containsExactly(Rule.DG202);
  }

  private static DigestFixer.Result fixFrom(String text, String... authors) {
    return fixFrom(ValidationConfig.defaults(), text, authors);
  }

  private static DigestFixer.Result fixFrom(
      ValidationConfig config, String text, String... authors) {
    PaperRecord record = new PaperRecord("2401.02954", 1, "Paper", List.of(authors));
    return DigestFixer.create(config).fix(SOURCE, text, java.util.Map.of("2401.02954", record));
  }

  @Test
  void withArxivsRecordAuthorsAreWrittenInItsOrderAndSpellingAndOnlyThen() {
    DigestFixer.Result order =
        fixFrom(entry("Alan Turing, Ada Lovelace  ", "B."), "Ada Lovelace", "Alan Turing");
    DigestFixer.Result names =
        fixFrom(
            entry("Ada Lovelace, Jurgen Schmidhuber, John Doe", "B."),
            "Ada Lovelace",
            "Jürgen Schmidhuber",
            "Grace Hopper");

    assertThat(order.text()).isEqualTo(entry("Ada Lovelace, Alan Turing", "B."));
    assertThat(order.fixes())
        .extracting(f -> f.rule() + " " + f.position() + " " + f.description())
        .containsExactly("DG122 9:1 put the authors in arXiv's order");
    assertThat(names.text())
        .isEqualTo(entry("Ada Lovelace, Jürgen Schmidhuber, Grace Hopper", "B."));
    assertThat(names.fixes())
        .extracting(f -> f.rule() + " " + f.description())
        .containsExactly(
            "DG121 wrote the authors as arXiv lists them (missing Grace Hopper; John Doe is not an"
                + " author on arXiv; \"Jurgen Schmidhuber\" is \"Jürgen Schmidhuber\" on arXiv)");
    assertThat(fix(entry("Alan Turing, Ada Lovelace", "B.")).changed())
        .as("without the record, the order is left alone")
        .isFalse();
    assertThat(
            fixFrom(names.text(), "Ada Lovelace", "Jürgen Schmidhuber", "Grace Hopper").changed())
        .as("a second fix")
        .isFalse();
  }

  @Test
  void aCutListStaysCutAtAsManyNamesAndTwoPeopleOfOneNameStay() {
    assertThat(
            fixFrom(
                    entry("Alan Turing, Ada Lovelace, +", "B."),
                    "Ada Lovelace",
                    "Alan Turing",
                    "Grace Hopper")
                .text())
        .isEqualTo(entry("Ada Lovelace, Alan Turing, +", "B."));
    assertThat(fixFrom(entry("Alan Turing, +", "B."), "Ada Lovelace").text())
        .as("arXiv lists no more names than the cut list held: not cut any more")
        .isEqualTo(entry("Ada Lovelace", "B."));
    assertThat(
            fixFrom(entry("Wei Wang, Li Zhang, Wei Wang", "B."), "Wei Wang", "Li Zhang", "Wei Wang")
                .changed())
        .isFalse();
    assertThat(
            fixFrom(
                    entry("Wei Wang, Wei Wang, Wei Wang, Li Zhang", "B."),
                    "Wei Wang",
                    "Wei Wang",
                    "Li Zhang")
                .text())
        .as("the repeat beyond arXiv's count goes")
        .isEqualTo(entry("Wei Wang, Wei Wang, Li Zhang", "B."));
  }

  @Test
  void codeStaysCodeWhereDg117IsOffAndBytesElsewhereStay() {
    String code =
        "\uFEFF" + entry("['Alan Turing', 'and Ada Lovelace']  ", "B.").replace("\n", "\r\n");
    ValidationConfig noDg117 = ValidationConfig.builder().rule("DG117=off").build();

    assertThat(fixFrom(code, "Ada Lovelace", "Alan Turing").text())
        .isEqualTo("\uFEFF" + entry("Ada Lovelace, Alan Turing", "B.").replace("\n", "\r\n"));
    assertThat(fixFrom(noDg117, code, "Ada Lovelace", "Alan Turing").text())
        .isEqualTo(
            "\uFEFF" + entry("['Ada Lovelace', 'and Alan Turing']", "B.").replace("\n", "\r\n"));
  }

  @Test
  void aRecordNameThatCannotBeAListItemLeavesTheLineAlone() {
    assertThat(
            fixFrom(entry("Alan Turing, Ada Lovelace", "B."), "Ada Lovelace", "Turing, Alan")
                .changed())
        .isFalse();
  }

  @Test
  void aGluedUrlWithALatexLeftoverIsWrappedWithoutIt() {
    String text =
        entry("Ada Lovelace", "영상: https://youtu.be/x{Youtube}에서, \\url{https://x.io/a}에서");

    assertThat(fix(text).text())
        .isEqualTo(
            entry(
                "Ada Lovelace", "영상: <https://youtu.be/x>{Youtube}에서, \\url{<https://x.io/a>}에서"));
  }

  @Test
  void tagsThatAreTokensAreEscapedAndMarkupStays() {
    String text =
        entry(
            "Ada Lovelace", "Tokens <SPAN>, </CN> and a lone <b>; H<sub>2</sub>O and a<br>b stay.");

    assertThat(fix(text).text())
        .isEqualTo(
            entry(
                "Ada Lovelace",
                "Tokens \\<SPAN>, \\</CN> and a lone \\<b>; H<sub>2</sub>O and a<br>b stay."));
  }
}
