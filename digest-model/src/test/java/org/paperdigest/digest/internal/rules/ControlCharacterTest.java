package org.paperdigest.digest.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.DigestSource;
import org.paperdigest.digest.model.SourcePosition;

/**
 * DG114 over text of every shape: one hit per line that holds a C0 control (other than a line end,
 * and a tab only past the indentation), DEL or U+FFFD, at the first one, counting the rest.
 */
class ControlCharacterTest {

  @Test
  void findsEachLinesFirstControlCharacter() {
    Random random = new Random(5);
    String[] pieces = {
      "a", "é", " ", "\t", "\n", "\r\n", "\r", "\u0000", "\u001B", "\u007F", "\uFFFD", "\u0085"
    };
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int count = random.nextInt(14);
      for (int i = 0; i < count; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String input = text.toString();
      List<String> actual = new ArrayList<>();
      FileChecks.controlCharacter(
          file(input), hit -> actual.add(hit.position() + " " + hit.message()));
      assertThat(actual).as("[%s]", input).isEqualTo(expected(input));
    }
  }

  @Test
  void namesTheCharacterAndCountsTheRest() {
    List<Hit> hits = new ArrayList<>();
    FileChecks.controlCharacter(file("\tok\nab\u001Bc\u0000\n"), hits::add);
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).position()).isEqualTo(new SourcePosition(2, 3));
    assertThat(hits.get(0).message())
        .isEqualTo("control character U+001B (ESCAPE) and 1 more on this line");
  }

  private static DigestFile file(String text) {
    return new DigestFile(
        new DigestSource("x.md", Optional.empty()),
        text,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /** The rule as first written: one pass, character by character. */
  private static List<String> expected(String text) {
    List<String> hits = new ArrayList<>();
    int line = 1;
    int lineStart = 0;
    boolean indentation = true;
    int firstBad = -1;
    int badCount = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r') {
        if (firstBad >= 0) {
          hits.add(
              new SourcePosition(line, firstBad - lineStart + 1)
                  + " "
                  + message(text.charAt(firstBad), badCount));
        }
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        line++;
        lineStart = i + 1;
        indentation = true;
        firstBad = -1;
        badCount = 0;
        continue;
      }
      if (indentation && (c == ' ' || c == '\t')) {
        continue;
      }
      indentation = false;
      if (c < 0x20 || c == 0x7F || c == 0xFFFD) {
        if (firstBad < 0) {
          firstBad = i;
        }
        badCount++;
      }
    }
    return hits;
  }

  private static String message(char c, int count) {
    String name = Character.getName(c);
    return String.format("control character U+%04X", (int) c)
        + (name == null ? "" : " (" + name + ")")
        + (count > 1 ? " and " + (count - 1) + " more on this line" : "");
  }
}
