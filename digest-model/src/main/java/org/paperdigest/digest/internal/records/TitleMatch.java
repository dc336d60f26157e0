package org.paperdigest.digest.internal.records;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares a digest title with a paper's arXiv title the way a reader would: whitespace, case,
 * typographic quotes and dashes, and LaTeX and Markdown markup do not count.
 */
public final class TitleMatch {

  private static final Pattern LATEX_COMMAND_WITH_ARGUMENT =
      Pattern.compile("\\\\[A-Za-z]+\\*?\\s*\\{");
  private static final Pattern LATEX_COMMAND = Pattern.compile("\\\\([A-Za-z]+)");
  private static final Pattern LATEX_ESCAPE = Pattern.compile("\\\\([^A-Za-z])");
  private static final Pattern MARKUP = Pattern.compile("[{}$*_`~^]");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private TitleMatch() {}

  public static boolean same(String digestTitle, String arxivTitle) {
    return normalise(digestTitle).equals(normalise(arxivTitle));
  }

  static String normalise(String title) {
    String t = Normalizer.normalize(title, Normalizer.Form.NFKC);
    t =
        t.replace('\u2018', '\'')
            .replace('\u2019', '\'')
            .replace('\u201C', '"')
            .replace('\u201D', '"');
    t = t.replace("``", "\"").replace("''", "\"");
    t =
        t.replace('\u2013', '-')
            .replace('\u2014', '-')
            .replace('\u2212', '-')
            .replace("---", "-")
            .replace("--", "-");
    t = LATEX_COMMAND_WITH_ARGUMENT.matcher(t).replaceAll("{");
    t = LATEX_COMMAND.matcher(t).replaceAll("$1");
    t = LATEX_ESCAPE.matcher(t).replaceAll("$1");
    t = MARKUP.matcher(t).replaceAll(" ");
    t = SPACE.matcher(t).replaceAll(" ").strip();
    // Markup removed before punctuation leaves spaces ("$x$-Net" -> " x -Net"): close them up.
    t = t.replaceAll(" ?([-:,.;!?)]) ?", "$1").replaceAll("\\( ", "(");
    return t.toLowerCase(Locale.ROOT);
  }

  /** The title as arXiv shows it on one line, for messages. */
  public static String display(String title) {
    return SPACE.matcher(title).replaceAll(" ").strip();
  }
}
