package org.paperdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperdigest.digest.model.DigestSource;

class FindingIdentityTest {

  private static final String FIRST =
      """
      ### [First](https://arxiv.org/abs/2401.02954)

      ![](https://cdn-uploads.huggingface.co/production/uploads/abc/thumb.png)

      Vote: 30

      Authors: Ada Lovelace, Ada Lovelace, Alan Turing

      - A bullet.
      """;
  private static final String SECOND =
      """
      ### [Second](https://arxiv.org/abs/2401.02957)

      ![](https://cdn-uploads.huggingface.co/production/uploads/abc/thumb.png)

      Vote: 40

      Authors: Grace Hopper, Grace Hopper, ,

      - A bullet.
      """;

  @Test
  void movingEntriesAndAddingLinesKeepsEveryFingerprint() {
    List<Finding> before = check("## Daily Papers (2024-01-08)\n\n" + FIRST + "\n" + SECOND);
    List<Finding> after =
        check(
            "Some words.\n\nMore words.\n\n## Daily Papers (2024-01-08)\n\n"
                + SECOND
                + "\n"
                + FIRST);

    assertThat(before)
        .extracting(Finding::ruleId)
        .containsExactly("DG110", "DG107", "DG110", "DG109");
    assertThat(after)
        .extracting(Finding::line)
        .doesNotContainAnyElementsOf(before.stream().map(Finding::line).toList());
    assertThat(after)
        .extracting(Finding::fingerprint)
        .containsExactlyInAnyOrderElementsOf(
            before.stream().filter(f -> f.rule() != Rule.DG107).map(Finding::fingerprint).toList());
    assertThat(after.stream().filter(f -> f.rule() == Rule.DG110).map(Finding::subject))
        .containsExactly(
            "paper 2401.02957: repeated author names: Grace Hopper",
            "paper 2401.02954: repeated author names: Ada Lovelace");
  }

  @Test
  void countsInTheMessageAreNotPartOfTheIdentity() {
    Finding twice = check(digest("Ada Lovelace, Ada Lovelace")).get(0);
    Finding thrice = check(digest("Ada Lovelace, Ada Lovelace, Ada Lovelace")).get(0);

    assertThat(thrice.message()).isNotEqualTo(twice.message());
    assertThat(thrice.fingerprint()).isEqualTo(twice.fingerprint());
    assertThat(twice.fingerprint()).matches("[0-9a-f]{32}");
  }

  @Test
  void anotherRepeatedNameOrFileIsAnotherFinding() {
    Finding ada = check(digest("Ada Lovelace, Ada Lovelace")).get(0);
    Finding alan = check(digest("Alan Turing, Alan Turing")).get(0);
    Finding elsewhere =
        check("paper_logs/2024/01/09.md", digest("Ada Lovelace, Ada Lovelace")).get(0);

    assertThat(alan.fingerprint()).isNotEqualTo(ada.fingerprint());
    assertThat(elsewhere.fingerprint()).isNotEqualTo(ada.fingerprint());
  }

  @Test
  void uniqueFingerprintsNumberRepeatsInOrder() {
    Finding a = new Finding(Rule.DG201, Severity.ERROR, "a.md", 3, 1, "bad", "entry: bad");
    Finding b = new Finding(Rule.DG201, Severity.ERROR, "a.md", 9, 1, "bad", "entry: bad");

    assertThat(FindingIdentity.uniqueFingerprints(List.of(a, b)))
        .containsExactly(a.fingerprint(), a.fingerprint() + "-1");
  }

  private static String digest(String authors) {
    return "## Daily Papers (2024-01-08)\n\n"
        + FIRST.replace("Ada Lovelace, Ada Lovelace, Alan Turing", authors);
  }

  private static List<Finding> check(String text) {
    return check("paper_logs/2024/01/08.md", text);
  }

  private static List<Finding> check(String path, String text) {
    ValidationConfig config = ValidationConfig.builder().rule("DG111=off").build();
    try (DigestValidator validator = DigestValidator.create(config)) {
      return validator.validate(DigestParser.create().parse(DigestSource.inMemory(path), text));
    }
  }
}
