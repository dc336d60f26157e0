package org.paperdigest.digest.internal.parse;

import java.util.Arrays;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.paperdigest.digest.model.SourcePosition;

/**
 * The text of a digest split into lines the way CommonMark splits them ({@code \n}, {@code \r\n} or
 * a lone {@code \r}), so source spans map straight onto lines.
 */
public final class SourceLines {

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final int count;

  private SourceLines(String text, int[] starts, int[] ends, int count) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.count = count;
  }

  public static SourceLines of(String text) {
    int[] starts = new int[16];
    int[] ends = new int[16];
    int count = 0;
    int n = text.length();
    int start = 0;
    // The next \n and \r at or after start (-1: none left), each found with indexOf.
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
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = start;
      ends[count] = end;
      count++;
      if (end == n) {
        break;
      }
      boolean crlf = end == cr && end + 1 < n && text.charAt(end + 1) == '\n';
      start = end + (crlf ? 2 : 1);
      if (start == n) {
        break; // a final line end does not start another line
      }
    }
    return new SourceLines(text, starts, ends, count);
  }

  public int count() {
    return count;
  }

  /** Where line {@code index} (0-based) starts in the text. */
  public int start(int index) {
    return starts[index];
  }

  /** Where line {@code index} (0-based) ends in the text, before its line end. */
  public int end(int index) {
    return ends[index];
  }

  /** Line {@code index} (0-based) without its line end. */
  public String line(int index) {
    return text.substring(starts[index], ends[index]);
  }

  /** The text a span covers. */
  public String text(SourceSpan span) {
    int start = starts[span.getLineIndex()] + span.getColumnIndex();
    return text.substring(start, Math.min(start + span.getLength(), ends[span.getLineIndex()]));
  }

  /** The 1-based position of a 0-based line and column. */
  public static SourcePosition position(int lineIndex, int columnIndex) {
    return new SourcePosition(lineIndex + 1, columnIndex + 1);
  }

  /** Where a span starts, {@code offset} code units further along its line. */
  public static SourcePosition position(SourceSpan span, int offset) {
    return position(span.getLineIndex(), span.getColumnIndex() + offset);
  }

  /** Where a node starts; the start of the file for nodes without spans. */
  public static SourcePosition start(Node node) {
    return node.getSourceSpans().isEmpty()
        ? SourcePosition.START
        : position(node.getSourceSpans().get(0), 0);
  }
}
