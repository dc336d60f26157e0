package org.paperdigest.maven.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text from a pull request, made safe for a console and a runner's log. */
class ConsoleTextTest {

  @Test
  void plainTextIsLeftAsItIs() {
    String line = "paper_logs/2024/01/08.md:9:1: error DG110 duplicate-author: Paweł, 한국어 (2x) %0A";
    assertThat(ConsoleText.line(line)).isEqualTo(line);
  }

  @Test
  void lineBreaksAndControlsAreEscaped() {
    assertThat(ConsoleText.line("a\nb\rc\td\u0000e\u001B[2Kf\u007Fg\u0085h\u2028i\u2029j"))
        .isEqualTo("a\\nb\\rc\\td\\u0000e\\u001B[2Kf\\u007Fg\\u0085h\\u2028i\\u2029j");
  }

  @Test
  void bidirectionalControlsAreEscaped() {
    assertThat(ConsoleText.line("x\u202Eexe.md\u202C \u2066y\u2069 \u200Fz"))
        .isEqualTo("x\\u202Eexe.md\\u202C \\u2066y\\u2069 \\u200Fz");
  }

  @Test
  void aWorkflowCommandCannotStartTheLine() {
    assertThat(ConsoleText.line("::warning file=README.md::FORGED"))
        .isEqualTo("\\u003A:warning file=README.md::FORGED");
    assertThat(ConsoleText.line(" \u00A0\u2003::add-mask::x"))
        .isEqualTo(" \u00A0\u2003\\u003A:add-mask::x");
    assertThat(ConsoleText.line("a ::warning::x")).isEqualTo("a ::warning::x");
    assertThat(ConsoleText.line(":: ")).isEqualTo("\\u003A: ");
    assertThat(ConsoleText.line(":")).isEqualTo(":");
  }

  @Test
  void aConsoleLogKeepsABlockAsLinesEachMadeSafe() {
    List<String> logged = new ArrayList<>();
    PluginLog console = PluginLog.console((level, message) -> logged.add(message));

    console.info("name\n::warning::x");
    console.block(PluginLog.Level.INFO, List.of("", "--- a/x.md", " ::error::y", "+ok\r"));

    assertThat(logged)
        .containsExactly("name\\n::warning::x", "\n--- a/x.md\n \\u003A:error::y\n+ok\\r");
    assertThat(String.join("\n", logged).lines()).noneMatch(l -> l.strip().startsWith("::"));
  }
}
