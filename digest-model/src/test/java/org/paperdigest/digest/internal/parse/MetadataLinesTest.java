package org.paperdigest.digest.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paperdigest.digest.GeneratedText;
import org.paperdigest.digest.model.AuthorItem;

/**
 * {@link MetadataLines} finds the {@code Vote:} and {@code Authors:} labels by hand; on lines of
 * every shape it must agree with the regular expressions that define them.
 */
class MetadataLinesTest {

  private static final Pattern VOTE = Pattern.compile("^(\\s*)Votes?:");
  private static final Pattern AUTHORS = Pattern.compile("^(\\s*)Authors?:");

  private static final String[] INDENTS = {
    "", "", " ", "   ", "\t", "\u000B", "\f", "\u00A0", " \r"
  };
  private static final String[] LABELS = {
    "Vote", "Votes", "Votess", "vote", "Author", "Authors", "Authorss", "Autho", "", "x"
  };
  private static final String[] PIECES = {
    ":", ":", "s:", " :", " 12", "-", " Ada Lovelace", ",", ""
  };

  @Test
  void labelsAreWhatTheRegularExpressionsFind() {
    GeneratedText lines = new GeneratedText(5, starts(), PIECES, 3);
    int labelled = 0;
    for (int round = 0; round < 50_000; round++) {
      String text = lines.next();
      int vote = MetadataLines.labelEnd(text, "Vote");
      int authors = MetadataLines.labelEnd(text, "Author");
      assertThat(vote).as("[%s]", text).isEqualTo(end(VOTE, text));
      assertThat(authors).as("[%s]", text).isEqualTo(end(AUTHORS, text));
      assertThat(MetadataLines.isVotes(text)).isEqualTo(vote >= 0);
      assertThat(MetadataLines.isAuthors(text)).isEqualTo(authors >= 0);
      if (vote >= 0 || authors >= 0) {
        labelled++;
      }
    }
    assertThat(labelled).as("labelled lines are exercised").isGreaterThan(2_000);
  }

  private static final String[] AUTHOR_STARTS = {
    "Authors:", "  Author:", "Authors: ", "Authors:\t"
  };
  private static final String[] AUTHOR_PIECES = {
    " Ada Lovelace",
    "Zoë",
    ",",
    ", ",
    " ,",
    "  ",
    "\t",
    "\u2003",
    "\u3000",
    "\u00A0",
    "\u0085",
    "\uD83D\uDE00",
    "+",
    "\\",
    " \\",
    "x"
  };

  @Test
  void authorItemsAreTheSlotsStripped() {
    GeneratedText lines = new GeneratedText(7, AUTHOR_STARTS, AUTHOR_PIECES, 8);
    int items = 0;
    for (int round = 0; round < 50_000; round++) {
      String line = lines.next();
      List<String> actual = new ArrayList<>();
      for (AuthorItem item : MetadataLines.authors(line, 4, 2).items()) {
        assertThat(item.position().line()).isEqualTo(5);
        actual.add(item.text() + "@" + item.position().column());
      }
      assertThat(actual).as("[%s]", line).isEqualTo(strippedSlots(line, 2));
      items += actual.size();
    }
    assertThat(items).as("items are exercised").isGreaterThan(50_000);
  }

  /**
   * The definition: after the label, unless only whitespace follows, each comma-separated slot
   * {@link String#strip() stripped}, at its first character (1-based, after {@code column}).
   */
  private static List<String> strippedSlots(String line, int column) {
    String rest = line.stripTrailing();
    rest = rest.endsWith("\\") ? rest.substring(0, rest.length() - 1) : rest;
    int start = MetadataLines.labelEnd(line, "Author");
    List<String> items = new ArrayList<>();
    if (rest.substring(start).isBlank()) {
      return items;
    }
    for (String slot : rest.substring(start).split(",", -1)) {
      int lead = slot.length() - slot.stripLeading().length();
      items.add(slot.strip() + "@" + (column + start + lead + 1));
      start += slot.length() + 1;
    }
    return items;
  }

  /** Every indentation before every label. */
  private static String[] starts() {
    String[] starts = new String[INDENTS.length * LABELS.length];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = INDENTS[i / LABELS.length] + LABELS[i % LABELS.length];
    }
    return starts;
  }

  private static int end(Pattern label, String text) {
    Matcher m = label.matcher(text);
    return m.find() ? m.end() : -1;
  }
}
