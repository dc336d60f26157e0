package org.paperdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.DigestSource;
import org.paperdigest.digest.model.Entry;
import org.paperdigest.digest.model.Media;
import org.paperdigest.digest.model.SourcePosition;

class DigestParserTest {

  private static final DigestParser PARSER = DigestParser.create();
  private static final DigestSource SOURCE = DigestSource.inMemory("paper_logs/2024/01/08.md");

  private static String seed() throws Exception {
    Path seed = Path.of(GoldenFileTest.goldenRoot().toString(), "seeds/paper_logs/2024/01/08.md");
    return Files.readString(seed, StandardCharsets.UTF_8);
  }

  @Test
  void bomCrlfLoneCrAndMissingFinalNewlineParseLikeCleanInput() throws Exception {
    String clean = seed();
    DigestFile expected = PARSER.parse(SOURCE, clean);
    for (String variant :
        List.of(
            "\uFEFF" + clean,
            clean.replace("\n", "\r\n"),
            clean.replace("\n", "\r"),
            clean.stripTrailing())) {
      DigestFile parsed = PARSER.parse(SOURCE, variant);
      assertThat(parsed.sections()).isEqualTo(expected.sections());
      assertThat(parsed.links()).isEqualTo(expected.links());
      assertThat(parsed.strayBlocks()).isEqualTo(expected.strayBlocks());
    }
  }

  @Test
  void everyPartKeepsItsOwnPosition() throws Exception {
    DigestFile file = PARSER.parse(SOURCE, seed());
    Entry video = file.entries().get(5);

    assertThat(file.headers().get(0).datePosition()).isEqualTo(new SourcePosition(1, 18));
    assertThat(video.title().position()).isEqualTo(new SourcePosition(79, 1));
    assertThat(video.title().link().orElseThrow().position()).isEqualTo(new SourcePosition(79, 88));
    assertThat(video.media().orElseThrow().kind()).isEqualTo(Media.Kind.VIDEO);
    assertThat(video.media().orElseThrow().link().position()).isEqualTo(new SourcePosition(81, 15));
    assertThat(video.media().orElseThrow().videoSource().orElseThrow().position())
        .isEqualTo(new SourcePosition(82, 27));
    assertThat(video.votes().orElseThrow().valuePosition()).isEqualTo(new SourcePosition(84, 7));
    assertThat(video.authors().orElseThrow().items().get(1).position())
        .isEqualTo(new SourcePosition(86, 22));
    assertThat(video.summary().orElseThrow().items()).hasSize(5);
    assertThat(file.entries()).hasSize(7);
  }

  /** Text no digest should hold, and the shape the parser must still give it. */
  record Odd(String name, String text, int sections, int entries, int strays, int links) {}

  @Test
  void anyTextParsesIntoWhatItHolds() {
    List<Odd> odd =
        List.of(
            new Odd("empty", "", 0, 0, 0, 0),
            new Odd("blank", "   \n\t\n", 0, 0, 0, 0),
            new Odd("heading that never closes", "### [", 1, 1, 0, 0),
            new Odd(
                "link that never closes",
                "### [unclosed](https://arxiv.org/abs/2401.02954",
                1,
                1,
                0,
                1),
            new Odd("deep brackets", "[".repeat(10_000) + "x" + "]".repeat(10_000), 0, 0, 0, 0),
            new Odd("deep quotes", "> ".repeat(2_000) + "deep", 0, 0, 0, 0),
            new Odd("deep lists", "- ".repeat(2_000) + "deep", 0, 0, 0, 0),
            new Odd("control characters", "\u0000\u0001 binary-ish \uFFFD", 0, 0, 0, 0),
            new Odd(
                "metadata without an entry",
                "## Daily Papers (2024-01-08)\n\nVote: 3\n\nAuthors: ,,,\n",
                1,
                0,
                2,
                0));
    for (Odd o : odd) {
      DigestFile file = PARSER.parse(SOURCE, o.text());
      assertThat(file.text()).as(o.name()).isEqualTo(o.text());
      assertThat(file.sections()).as(o.name()).hasSize(o.sections());
      assertThat(file.entries()).as(o.name()).hasSize(o.entries());
      assertThat(file.strayBlocks()).as(o.name()).hasSize(o.strays());
      assertThat(file.links()).as(o.name()).hasSize(o.links());
      file.entries().forEach(e -> assertThat(e.title().wellFormed()).as(o.name()).isFalse());
    }
  }
}
