package org.paperdigest.digest.internal.rules;

import java.util.Locale;
import java.util.function.Consumer;
import org.paperdigest.digest.internal.SuppressionScopes;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.SourcePosition;
import org.paperdigest.digest.model.StrayBlock;

/**
 * DG006, DG008 and DG114: what fits nowhere, suppressions that cannot work, invisible characters.
 */
final class FileChecks {

  private FileChecks() {}

  /** DG006, one per block. */
  static void strayContent(DigestFile file, Consumer<Hit> hits) {
    for (StrayBlock stray : file.strayBlocks()) {
      hits.accept(new Hit(stray.position(), "stray content: " + stray.description()));
    }
  }

  /** DG008, one per wrong comment or rule named in it. */
  static void invalidSuppression(DigestFile file, Consumer<Hit> hits) {
    for (SuppressionScopes.Problem problem : SuppressionScopes.of(file).problems()) {
      hits.accept(new Hit(problem.comment().position(), problem.message()));
    }
  }

  /**
   * DG114, one per line, at the line's first offending character: a C0 control other than a line
   * end (a tab only after the indentation), DEL, or U+FFFD.
   */
  static void controlCharacter(DigestFile file, Consumer<Hit> hits) {
    String text = file.text();
    int n = text.length();
    int line = 1;
    int lineStart = 0;
    int firstBad = -1;
    int badCount = 0;
    int i = afterIndentation(text, 0);
    while (true) {
      char c = 0;
      while (i < n) {
        c = text.charAt(i);
        if (c < 0x20 || c == 0x7F || c == 0xFFFD) {
          break;
        }
        i++;
      }
      if (i < n && c != '\n' && c != '\r') {
        if (firstBad < 0) {
          firstBad = i;
        }
        badCount++;
        i++;
        continue;
      }
      if (firstBad >= 0) {
        hits.accept(report(text, line, lineStart, firstBad, badCount));
      }
      if (i >= n) {
        return;
      }
      if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
        i++;
      }
      line++;
      lineStart = i + 1;
      firstBad = -1;
      badCount = 0;
      i = afterIndentation(text, lineStart);
    }
  }

  /** The first index at or after {@code from} that is not a space or a tab. */
  private static int afterIndentation(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static Hit report(String text, int line, int lineStart, int firstBad, int count) {
    char c = text.charAt(firstBad);
    String name = Character.getName(c);
    String message =
        String.format(Locale.ROOT, "control character U+%04X", (int) c)
            + (name == null ? "" : " (" + name + ")")
            + (count > 1 ? " and " + (count - 1) + " more on this line" : "");
    return new Hit(
        new SourcePosition(line, firstBad - lineStart + 1),
        message,
        String.format(Locale.ROOT, "control character U+%04X", (int) c));
  }
}
