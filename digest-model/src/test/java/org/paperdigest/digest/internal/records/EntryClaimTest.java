package org.paperdigest.digest.internal.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperdigest.digest.DigestParser;
import org.paperdigest.digest.model.AuthorItem;
import org.paperdigest.digest.model.DigestSource;
import org.paperdigest.digest.model.SourcePosition;

class EntryClaimTest {

  @Test
  void eachArxivEntryClaimsItsTitleFromWhereTheTextStartsAndItsAuthors() {
    String text =
        "## Daily Papers (2024-01-08)\n\n"
            + "### [Good Paper](https://arxiv.org/abs/2401.02954v2)\n\n"
            + "Authors: Ada Lovelace, Alan Turing\n\n- A bullet.\n\n"
            + "###   [Other](https://example.org/paper)\n\nAuthors: Grace Hopper\n\n- A bullet.\n\n"
            + "### [Two](https://arxiv.org/abs/2401.02957) links [here](https://x.org)\n\n"
            + "- A bullet.\n";

    List<EntryClaim> claims =
        EntryClaim.of(DigestParser.create().parse(DigestSource.inMemory("d/08.md"), text));

    assertThat(claims).extracting(EntryClaim::id).containsExactly("2401.02954", "2401.02957");
    assertThat(claims.get(0).path()).isEqualTo("d/08.md");
    assertThat(claims.get(0).title())
        .contains(new EntryClaim.TitleText("Good Paper", new SourcePosition(3, 6)));
    assertThat(claims.get(0).authors().orElseThrow().names())
        .extracting(AuthorItem::text)
        .containsExactly("Ada Lovelace", "Alan Turing");
    assertThat(claims.get(1).title()).as("a heading that is not one link").isEmpty();
    assertThat(claims.get(1).authors()).isEmpty();
  }

  @Test
  void theTitleTextStartsAtTheSamePlaceWhateverTheLineEnds() {
    String lf =
        "## Daily Papers (2024-01-08)\n\n"
            + "### [Good Paper](https://arxiv.org/abs/2401.02954v2)\n\n- A bullet.\n\n"
            + " ### [Second](https://arxiv.org/abs/2401.02957)\n\n- A bullet.\n";

    for (String end : List.of("\n", "\r\n", "\r")) {
      List<EntryClaim> claims =
          EntryClaim.of(
              DigestParser.create().parse(DigestSource.inMemory("d/08.md"), lf.replace("\n", end)));

      assertThat(claims)
          .as("line ends %s", end.replace("\r", "CR").replace("\n", "LF"))
          .extracting(c -> c.title().orElseThrow())
          .containsExactly(
              new EntryClaim.TitleText("Good Paper", new SourcePosition(3, 6)),
              new EntryClaim.TitleText("Second", new SourcePosition(7, 7)));
    }
  }
}
