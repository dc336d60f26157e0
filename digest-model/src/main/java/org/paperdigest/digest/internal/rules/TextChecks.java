package org.paperdigest.digest.internal.rules;

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
   * <br>}): not reported. {@code <s>} is not among them: in summaries it is a language model's
   * token far more often than strikethrough.
   */
  private static final Set<String> FORMATTING =
      Set.of(
          "a", "abbr", "b", "br", "code", "del", "em", "i", "img", "ins", "kbd", "mark", "q",
          "samp", "small", "span", "strong", "sub", "sup", "var", "wbr");

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
    for (RawHtml piece : html) {
      if (isReported(piece)) {
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
  }

  /**
   * Whether DG120 reports this raw HTML: anything but a comment and the inline formatting GitHub
   * renders. {@code digest:fix} escapes what it reports.
   */
  public static boolean isReported(RawHtml html) {
    return !html.isComment() && !FORMATTING.contains(html.tagName());
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ");
  }
}
