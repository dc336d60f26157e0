package org.paperdigest.digest.internal.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleMatchTest {

  @Test
  void titlesCompareWithoutWhitespaceCaseOrMarkup() {
    assertThat(TitleMatch.same("Attention is all you need", "Attention Is All\n  You Need"))
        .isTrue();
    assertThat(TitleMatch.same("G-Net: Graphs", "$\\mathcal{G}$-Net: Graphs")).isTrue();
    assertThat(TitleMatch.same("**Bold** Claims", "Bold Claims")).isTrue();
    assertThat(TitleMatch.same("Long–Range Context", "Long-Range Context")).isTrue();
    assertThat(TitleMatch.same("It’s Here", "It's Here")).isTrue();
    assertThat(TitleMatch.same("Mixtral of Experts", "Mistral 7B")).isFalse();
  }
}
