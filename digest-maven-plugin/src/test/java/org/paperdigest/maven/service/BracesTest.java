package org.paperdigest.maven.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BracesTest {

  @Test
  void bracesStandForEachAlternativeNestedOrNot() {
    assertThat(Braces.expand("paper_logs/{2023,2024}/**"))
        .containsExactly("paper_logs/2023/**", "paper_logs/2024/**");
    assertThat(Braces.expand("{a,b{c,d}}/*.md")).containsExactly("a/*.md", "bc/*.md", "bd/*.md");
    assertThat(Braces.expand("x/{y}/z")).containsExactly("x/y/z");
    assertThat(Braces.expand("plain/**/*.md")).containsExactly("plain/**/*.md");
    assertThat(Braces.expandAll(List.of("{a,b}", "c"))).containsExactly("a", "b", "c");
  }

  @Test
  void unmatchedBracesAreRefusedNamingThePattern() {
    assertThatThrownBy(() -> Braces.expand("paper_logs/{2023,2024/**"))
        .hasMessage(
            "the braces of the pattern 'paper_logs/{2023,2024/**' do not match: write {a,b} for"
                + " either");
    assertThatThrownBy(() -> Braces.expand("a}b")).hasMessageContaining("'a}b'");
    assertThatThrownBy(
            () -> Braces.expand("{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}{s,t}{u,v}"))
        .hasMessageContaining("stands for more than 1024 patterns");
  }
}
