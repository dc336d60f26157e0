package org.paperdigest.maven.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperdigest.digest.DigestParser;
import org.paperdigest.digest.model.DigestSource;

class LinkOccurrenceTest {

  @Test
  void everyLinkIsCollectedInFileOrder() {
    String text =
        "## Daily Papers (2024-01-08)\n\n"
            + "### [Good Paper](https://arxiv.org/abs/2401.02954)\n\n"
            + "![](https://cdn.example/thumb.png)\n\n"
            + "Vote: 1\n\nAuthors: Ada Lovelace\n\n- See https://github.com/org/repo\n";

    List<LinkOccurrence> links =
        LinkOccurrence.of(DigestParser.create().parse(DigestSource.inMemory("d/08.md"), text));

    assertThat(links)
        .extracting(o -> o.link().url())
        .containsExactly(
            "https://arxiv.org/abs/2401.02954",
            "https://cdn.example/thumb.png",
            "https://github.com/org/repo");
    assertThat(links).allMatch(o -> o.path().equals("d/08.md"));
  }
}
