package org.paperdigest.digest.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.Link;
import org.paperdigest.digest.model.LinkKind;
import org.paperdigest.digest.model.SourcePosition;

/**
 * A Markdown link that lost its parentheses (DG209): {@code [text]} written directly before a bare
 * URL, as in {@code [Watch Video]https://host/v.mp4}, which renders as the bracketed text and a
 * bare link. {@code text} is what the brackets hold, {@code url} the bare URL (a link of its own,
 * of kind {@link LinkKind#BRACKETED_URL}), {@code position} the opening bracket.
 */
public record LostParentheses(String text, Link url, SourcePosition position) {

  public LostParentheses {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(position, "position");
  }

  /** Those of {@code file}, in document order: its links written {@code [text]URL}. */
  public static List<LostParentheses> of(DigestFile file) {
    List<LostParentheses> lost = new ArrayList<>();
    SourceLines lines = null;
    for (Link link : file.links()) {
      if (link.kind() == LinkKind.BRACKETED_URL) {
        lines = lines != null ? lines : SourceLines.of(file.text());
        int lineIndex = link.position().line() - 1;
        before(lines.line(lineIndex), lineIndex, link.position().column() - 1, link)
            .ifPresent(lost::add);
      }
    }
    return lost;
  }

  /**
   * The {@code [text]} that ends right before 0-based column {@code urlColumn} of {@code line}
   * (0-based index {@code lineIndex}), where a bare URL {@code url} starts: the bracket before it,
   * unescaped, and its matching opening bracket on the line.
   */
  static Optional<LostParentheses> before(String line, int lineIndex, int urlColumn, Link url) {
    int close = urlColumn - 1;
    if (close < 1 || line.charAt(close) != ']' || escaped(line, close)) {
      return Optional.empty();
    }
    int depth = 0;
    for (int i = close - 1; i >= 0; i--) {
      char c = line.charAt(i);
      if ((c != '[' && c != ']') || escaped(line, i)) {
        continue;
      }
      if (c == ']') {
        depth++;
      } else if (depth > 0) {
        depth--;
      } else {
        return Optional.of(
            new LostParentheses(
                line.substring(i + 1, close), url, SourceLines.position(lineIndex, i)));
      }
    }
    return Optional.empty();
  }

  /** Whether the character at {@code index} follows an odd run of backslashes. */
  private static boolean escaped(String line, int index) {
    int backslashes = 0;
    for (int i = index - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }
}
