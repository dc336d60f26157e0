package org.paperdigest.digest.internal.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.paperdigest.digest.model.Entry;
import org.paperdigest.digest.model.RawHtml;
import org.paperdigest.digest.model.SummaryItem;

/** DG120: raw HTML in the text of titles and summary items. */
public final class TextChecks {

  /**
   * Inline formatting that GitHub renders as its author meant it ({@code H<sub>2</sub>O}, a {@code
   * <br>}), when it is written as markup is. {@code <s>} is not among them: in summaries it is a
   * language model's token far more often than strikethrough.
   */
  private static final Set<String> FORMATTING =
      Set.of(
          "a", "abbr", "b", "br", "code", "del", "em", "i", "img", "ins", "kbd", "mark", "q",
          "samp", "small", "span", "strong", "sub", "sup", "var", "wbr");

  /** The formatting elements that have no closing tag. */
  private static final Set<String> VOID = Set.of("br", "img", "wbr");

  private TextChecks() {}

  /** DG120, one per tag in the entry's title and summary items. */
  static void htmlInText(Entry entry, Consumer<Hit> hits) {
    report(entry.title().html(), "title", hits);
    if (entry.summary().isPresent()) {
      for (SummaryItem item : entry.summary().get().items()) {
        report(item.html(), "summary", hits);
      }
    }
  }

  private static void report(List<RawHtml> html, String where, Consumer<Hit> hits) {
    for (RawHtml piece : reported(html)) {
      String text = oneLine(piece.text());
      hits.accept(
          new Hit(
              piece.position(),
              "\""
                  + text
                  + "\" in the "
                  + where
                  + " is read as raw HTML, so GitHub does not show it; write \\"
                  + text
                  + " or put it in backticks",
              "raw HTML \"" + text + "\" in the " + where));
    }
  }

  /**
   * What DG120 reports of the raw HTML {@code pieces} of one title or summary item, in order:
   * anything but comments and inline formatting written as markup is, a void element ({@code
   * <br>}), or a tag in lower case that opens or closes a pair on its line ({@code <sub>2</sub>}).
   * {@code <SPAN>}, {@code </CN>} or a lone {@code <b>} in a sentence about a model's tokens are
   * tokens, not markup. {@code digest:fix} escapes what it reports.
   */
  public static List<RawHtml> reported(List<RawHtml> pieces) {
    if (pieces.isEmpty()) {
      return List.of();
    }
    Set<RawHtml> paired = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<RawHtml> open = new ArrayDeque<>();
    for (RawHtml piece : pieces) {
      if (!FORMATTING.contains(piece.tagName()) || !writtenInLowerCase(piece)) {
        continue;
      }
      if (!piece.text().startsWith("</")) {
        open.push(piece);
        continue;
      }
      for (Iterator<RawHtml> it = open.iterator(); it.hasNext(); ) {
        RawHtml opening = it.next();
        if (opening.tagName().equals(piece.tagName())
            && opening.position().line() == piece.position().line()) {
          it.remove();
          paired.add(opening);
          paired.add(piece);
          break;
        }
      }
    }
    List<RawHtml> reported = new ArrayList<>();
    for (RawHtml piece : pieces) {
      if (!piece.isComment()
          && !paired.contains(piece)
          && !(FORMATTING.contains(piece.tagName()) && VOID.contains(piece.tagName()))) {
        reported.add(piece);
      }
    }
    return reported;
  }

  private static boolean writtenInLowerCase(RawHtml piece) {
    int start = piece.text().startsWith("</") ? 2 : 1;
    return piece.text().startsWith(piece.tagName(), start);
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ");
  }
}
