package org.paperdigest.digest.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ArxivId#fromUrl} reads the usual abs URL without its patterns, to the same result. */
class ArxivIdTest {

  @Test
  void theUsualUrlReadsAsItsIdDoes() {
    Random random = new Random(3);
    String alphabet = "0123456789.v/?#a";
    int found = 0;
    for (int round = 0; round < 50_000; round++) {
      StringBuilder id = new StringBuilder();
      if (random.nextBoolean()) {
        // shaped like an id: YYMM.NNNNN with a month of 00-19, a character sometimes changed
        id.append(
            String.format(
                "%02d%02d.%05d", random.nextInt(100), random.nextInt(20), random.nextInt(100_000)));
        if (random.nextInt(4) == 0) {
          id.setCharAt(
              random.nextInt(id.length()), alphabet.charAt(random.nextInt(alphabet.length())));
        }
      } else {
        int length = 8 + random.nextInt(6);
        for (int i = 0; i < length; i++) {
          id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String text = id.toString();
      Optional<ArxivId> expected =
          text.chars().anyMatch(c -> "/?#".indexOf(c) >= 0)
              ? ArxivId.fromUrl("https://export.arxiv.org/abs/" + text)
              : ArxivId.parse(text);
      assertThat(ArxivId.fromUrl("https://arxiv.org/abs/" + text)).as(text).isEqualTo(expected);
      if (expected.isPresent()) {
        found++;
      }
    }
    assertThat(found).as("valid ids are exercised").isGreaterThan(1_000);
  }

  @Test
  void readsTheUsualAndTheUnusualForms() {
    assertThat(ArxivId.fromUrl("https://arxiv.org/abs/2401.02954"))
        .contains(new ArxivId("2401.02954", Optional.empty()));
    assertThat(ArxivId.fromUrl("https://arxiv.org/abs/2413.02954")).isEmpty();
    assertThat(ArxivId.fromUrl("https://arxiv.org/pdf/2401.02954v2.pdf"))
        .contains(new ArxivId("2401.02954", Optional.of(2)));
    assertThat(ArxivId.fromUrl("https://arxiv.org/abs/hep-th/9901001"))
        .contains(new ArxivId("hep-th/9901001", Optional.empty()));
  }
}
