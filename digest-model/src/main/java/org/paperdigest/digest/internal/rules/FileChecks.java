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
   * end (a tab only after the indentation), DEL, U+FFFD, or an invisible format character
   * (zero-width spaces and joiners, bidirectional controls, invisible operators, a byte order mark
   * after the file's start, which the parsed text never holds).
   *
   * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, found with {@code indexOf}; each
   * line is scanned by a small method of its own, which the JIT compiles early because every line
   * calls it (one long loop per file would wait for an on-stack replacement).
   */
  static void controlCharacter(DigestFile file, Consumer<Hit> hits) {
    String text = file.text();
    int n = text.length();
    int line = 1;
    int start = 0;
    int lf = text.indexOf('\n');
    int cr = text.indexOf('\r');
    while (true) {
      if (lf >= 0 && lf < start) {
        lf = text.indexOf('\n', start);
      }
      if (cr >= 0 && cr < start) {
        cr = text.indexOf('\r', start);
      }
      int end = lf < 0 ? (cr < 0 ? n : cr) : (cr < 0 ? lf : Math.min(lf, cr));
      int first = firstControl(text, afterIndentation(text, start, end), end);
      if (first >= 0) {
        hits.accept(report(text, line, start, first, controls(text, first, end)));
      }
      if (end == n) {
        return;
      }
      boolean crlf = end == cr && end + 1 < n && text.charAt(end + 1) == '\n';
      start = end + (crlf ? 2 : 1);
      if (start == n) {
        return; // a final line end does not start another line
      }
      line++;
    }
  }

  /** The first index from {@code from} to {@code end} (a line, no line ends) that DG114 flags. */
  private static int firstControl(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7F || (c >= '\u200B' && (c == 0xFFFD || isInvisible(c)))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * U+200B-U+200F (zero-width space, joiners, direction marks), U+202A-U+202E and U+2066-U+2069
   * (bidirectional embeddings, overrides and isolates: the "Trojan Source" characters),
   * U+2060-U+2064 (word joiner, invisible operators such as INVISIBLE TIMES from pasted MathML) and
   * U+FEFF (a byte order mark anywhere but at the file's start).
   */
  static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2060' && c <= '\u2064')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF';
  }

  private static int controls(String text, int from, int end) {
    int count = 0;
    for (int i = firstControl(text, from, end); i >= 0; i = firstControl(text, i + 1, end)) {
      count++;
    }
    return count;
  }

  /** The first index from {@code from} to {@code end} that is not a space or a tab. */
  private static int afterIndentation(String text, int from, int end) {
    int i = from;
    while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static Hit report(String text, int line, int lineStart, int firstBad, int count) {
    char c = text.charAt(firstBad);
    String name = Character.getName(c);
    String what =
        String.format(
            Locale.ROOT,
            isInvisible(c) ? "invisible character U+%04X" : "control character U+%04X",
            (int) c);
    String message =
        what
            + (name == null ? "" : " (" + name + ")")
            + (count > 1 ? " and " + (count - 1) + " more on this line" : "");
    return new Hit(new SourcePosition(line, firstBad - lineStart + 1), message, what);
  }
}
