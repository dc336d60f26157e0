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
 * and a tab only past the indentation), DEL, U+FFFD or an invisible format character, at the first
 * one, counting the rest.
 */
class ControlCharacterTest {

  /**
   * The invisible format characters, spelled out: U+200B-U+200F, U+202A-U+202E, U+2060-U+2064,
   * U+2066-U+2069, U+FEFF.
   */
  private static final String INVISIBLE =
      "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063"
          + "\u2064\u2066\u2067\u2068\u2069\uFEFF";

  @Test
  void findsEachLinesFirstControlCharacter() {
    Random random = new Random(5);
    String[] pieces = {
      "a", "é", " ", "\t", "\n", "\r\n", "\r", "\u0000", "\u001B", "\u007F", "\uFFFD", "\u0085",
      "\u200A", "\u200B", "\u200F", "\u2010", "\u2029", "\u202A", "\u202E", "\u202F", "\u205F",
      "\u2060", "\u2062", "\u2064", "\u2065", "\u2066", "\u2069", "\u206A", "\uFEFF", "\uFEFE"
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

  @Test
  void namesAnInvisibleCharacterAsSuch() {
    List<Hit> hits = new ArrayList<>();
    FileChecks.controlCharacter(file("a\u2062b\n\uFEFFc\n"), hits::add);
    assertThat(hits)
        .extracting(h -> h.position() + " " + h.message())
        .containsExactly(
            "1:2 invisible character U+2062 (INVISIBLE TIMES)",
            "2:1 invisible character U+FEFF (ZERO WIDTH NO-BREAK SPACE)");
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
      if (c < 0x20 || c == 0x7F || c == 0xFFFD || INVISIBLE.indexOf(c) >= 0) {
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
    return String.format(
            INVISIBLE.indexOf(c) >= 0 ? "invisible character U+%04X" : "control character U+%04X",
            (int) c)
        + (name == null ? "" : " (" + name + ")")
        + (count > 1 ? " and " + (count - 1) + " more on this line" : "");
  }
}
