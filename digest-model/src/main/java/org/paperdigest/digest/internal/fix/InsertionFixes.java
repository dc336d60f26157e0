package org.paperdigest.digest.internal.fix;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.internal.UrlText;
import org.paperdigest.digest.internal.parse.LostParentheses;
import org.paperdigest.digest.internal.parse.SourceLines;
import org.paperdigest.digest.internal.rules.TextChecks;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.Entry;
import org.paperdigest.digest.model.Link;
import org.paperdigest.digest.model.LinkKind;
import org.paperdigest.digest.model.RawHtml;
import org.paperdigest.digest.model.SourcePosition;
import org.paperdigest.digest.model.SummaryItem;

/**
 * The repairs that only add characters, leaving every character of the line where it was: {@code
 * <...>} around a glued bare URL (DG202), the parentheses of a link that lost them (DG209), a
 * backslash before raw HTML in text (DG120). Each insertion is made only where the source holds
 * what the parse said it does.
 */
final class InsertionFixes {

  /** Per 0-based line, per column, the text to insert there. */
  private final NavigableMap<Integer, NavigableMap<Integer, String>> inserts = new TreeMap<>();

  private final SourceLines source;
  private final List<Repair> fixes;

  InsertionFixes(SourceLines source, List<Repair> fixes) {
    this.source = source;
    this.fixes = fixes;
  }

  boolean touches(int lineIndex) {
    return inserts.containsKey(lineIndex);
  }

  /** DG202: {@code <intended URL>} for each bare URL GitHub glues to its text. */
  void wrapGluedUrls(DigestFile file) {
    for (Link link : file.links()) {
      // A [text]URL is not BARE_URL: it is DG209's, whose fix makes it a link's destination.
      if (link.kind() != LinkKind.BARE_URL || UrlText.gluePoint(link.url()) < 0) {
        continue;
      }
      String intended = UrlText.intended(link);
      if (intended.indexOf('>') >= 0 || !at(link.position(), link.url())) {
        continue; // <...> cannot hold it, or it is not where the parser said
      }
      insert(link.position(), 0, "<");
      insert(link.position(), intended.length(), ">");
      // Placed where DG202 reports it: the first character linked beyond the intended URL.
      SourcePosition at = link.position().plusColumns(intended.length());
      fixes.add(new Repair(Rule.DG202, at, "wrapped " + intended + " as <" + intended + ">"));
    }
  }

  /** DG209: {@code [text](URL)} for each {@code [text]URL}. */
  void addParentheses(DigestFile file) {
    for (LostParentheses lost : LostParentheses.of(file)) {
      Link url = lost.url();
      String intended = UrlText.intended(url);
      if (!at(lost.position(), "[" + lost.text() + "]") || !at(url.position(), url.url())) {
        continue;
      }
      boolean plain = balanced(intended) && intended.indexOf('<') < 0 && intended.indexOf('>') < 0;
      if (!plain && intended.indexOf('>') >= 0) {
        continue; // neither form can hold it
      }
      insert(url.position(), 0, plain ? "(" : "(<");
      insert(url.position(), intended.length(), plain ? ")" : ">)");
      fixes.add(
          new Repair(
              Rule.DG209,
              lost.position(),
              "wrote [" + lost.text() + "](" + intended + ") with its parentheses"));
    }
  }

  /** DG120: a backslash before each {@code <} of raw HTML that DG120 reports. */
  void escapeHtml(DigestFile file) {
    for (Entry entry : file.entries()) {
      escape(entry.title().html());
      if (entry.summary().isPresent()) {
        for (SummaryItem item : entry.summary().get().items()) {
          escape(item.html());
        }
      }
    }
  }

  private void escape(List<RawHtml> html) {
    for (RawHtml piece : TextChecks.reported(html)) {
      if (at(piece.position(), "<")) {
        insert(piece.position(), 0, "\\");
        fixes.add(new Repair(Rule.DG120, piece.position(), "escaped " + firstLine(piece.text())));
      }
    }
  }

  /** Puts each touched line, with its insertions made, into {@code lines}. */
  void applyTo(Map<Integer, String> lines) {
    inserts.forEach(
        (index, columns) -> {
          StringBuilder line = new StringBuilder(source.line(index));
          columns.descendingMap().forEach(line::insert);
          lines.put(index, line.toString());
        });
  }

  private void insert(SourcePosition position, int offset, String text) {
    inserts
        .computeIfAbsent(position.line() - 1, i -> new TreeMap<>())
        .merge(position.column() - 1 + offset, text, String::concat);
  }

  /** Whether the source holds {@code text} at {@code position}. */
  private boolean at(SourcePosition position, String text) {
    int index = position.line() - 1;
    return index < source.count() && source.line(index).startsWith(text, position.column() - 1);
  }

  /** Whether the parentheses of {@code url} pair up, as an inline link's destination needs. */
  private static boolean balanced(String url) {
    int depth = 0;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return false;
      }
    }
    return depth == 0 && url.chars().noneMatch(Character::isWhitespace);
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
