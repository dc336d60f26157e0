package org.paperdigest.digest.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperdigest.digest.model.AuthorItem;
import org.paperdigest.digest.model.AuthorList;
import org.paperdigest.digest.model.SourcePosition;
import org.paperdigest.digest.model.Votes;

/** Reads the {@code Vote:} and {@code Authors:} lines of an entry from their raw source. */
final class MetadataLines {

  private static final Pattern VOTE = Pattern.compile("^(\\s*)Votes?:");
  private static final Pattern AUTHORS = Pattern.compile("^(\\s*)Authors?:");

  private MetadataLines() {}

  static boolean isVotes(String line) {
    return VOTE.matcher(line).find();
  }

  static boolean isAuthors(String line) {
    return AUTHORS.matcher(line).find();
  }

  /** {@code line} is the raw text of one source line, starting at 0-based {@code column}. */
  static Votes votes(String line, int lineIndex, int column) {
    Matcher m = VOTE.matcher(line);
    m.find();
    int valueStart = skipSpaces(line, m.end());
    String value = line.substring(valueStart).strip();
    return new Votes(
        value,
        SourceLines.position(lineIndex, column + m.end(1)),
        SourceLines.position(lineIndex, column + valueStart));
  }

  static AuthorList authors(String line, int lineIndex, int column) {
    Matcher m = AUTHORS.matcher(line);
    m.find();
    String rest = stripTrailingBreak(line);
    List<AuthorItem> items = new ArrayList<>();
    int slotStart = m.end();
    if (!rest.substring(slotStart).isBlank()) {
      while (true) {
        int comma = rest.indexOf(',', slotStart);
        int slotEnd = comma < 0 ? rest.length() : comma;
        String slot = rest.substring(slotStart, slotEnd);
        int lead = slot.length() - slot.stripLeading().length();
        items.add(
            new AuthorItem(
                slot.strip(), SourceLines.position(lineIndex, column + slotStart + lead)));
        if (comma < 0) {
          break;
        }
        slotStart = comma + 1;
      }
    }
    SourcePosition position = SourceLines.position(lineIndex, column + m.end(1));
    return new AuthorList(position, items);
  }

  private static int skipSpaces(String line, int from) {
    int i = from;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** Drops trailing spaces and a trailing backslash, CommonMark's hard line breaks. */
  private static String stripTrailingBreak(String line) {
    String stripped = line.stripTrailing();
    return stripped.endsWith("\\") ? stripped.substring(0, stripped.length() - 1) : stripped;
  }
}
