package org.paperdigest.digest.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Lines are split as CommonMark splits them, by {@code \n}, {@code \r\n} or a lone {@code \r}, and
 * a final line end starts no further line; text with only {@code \n} takes a quicker way there.
 */
class SourceLinesTest {

  @Test
  void splitsAsCommonMarkDoes() {
    Random random = new Random(11);
    String[] pieces = {"a", "bc", " ", "\n", "\r\n", "\r", "\n\n"};
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      boolean newlinesOnly = random.nextBoolean();
      int count = random.nextInt(10);
      for (int i = 0; i < count; i++) {
        String piece = pieces[random.nextInt(pieces.length)];
        text.append(newlinesOnly ? piece.replace("\r\n", "\n").replace('\r', '\n') : piece);
      }
      String input = text.toString();
      SourceLines lines = SourceLines.of(input);
      List<String> actual = new ArrayList<>();
      for (int i = 0; i < lines.count(); i++) {
        actual.add(lines.line(i));
      }
      assertThat(actual)
          .as("[%s]", input.replace("\r", "\\r").replace("\n", "\\n"))
          .isEqualTo(expected(input));
    }
  }

  private static List<String> expected(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < text.length() || lines.isEmpty()) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}
