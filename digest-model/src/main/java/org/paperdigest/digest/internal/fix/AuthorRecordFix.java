package org.paperdigest.digest.internal.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperdigest.digest.internal.records.AuthorMatch;
import org.paperdigest.digest.model.AuthorItem;
import org.paperdigest.digest.model.AuthorList;
import org.paperdigest.digest.model.AuthorList.Notation;

/**
 * Writes an {@code Authors:} line again with the names its paper's record lists, in the record's
 * order and spelling (DG121, DG122): the label as it was, then the names; a list cut with {@code +}
 * stays cut at as many names as it held, and a list written as code stays code when DG117 is not
 * fixed.
 */
final class AuthorRecordFix {

  private static final Pattern LABEL = Pattern.compile("Authors?:");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private AuthorRecordFix() {}

  /**
   * {@code line}, whose label starts at 0-based {@code labelColumn}, with the names of {@code
   * record}; empty when the line is not what the parser read, or a name of the record cannot be
   * written as an item of a comma-separated list.
   */
  static Optional<String> rewrite(
      String line, int labelColumn, AuthorList authors, List<String> record, boolean asCode) {
    Matcher label = LABEL.matcher(line);
    if (!label.find(labelColumn) || label.start() != labelColumn) {
      return Optional.empty();
    }
    boolean cut = authors.items().stream().anyMatch(AuthorItem::isTruncationMarker);
    int held = AuthorMatch.withoutRepeats(authors.items(), record).size();
    List<String> names = new ArrayList<>();
    for (String name : cut ? record.subList(0, Math.min(held, record.size())) : record) {
      String written = SPACE.matcher(name).replaceAll(" ").strip();
      if (written.isEmpty()
          || written.contains(",")
          || written.equals(AuthorItem.TRUNCATION_MARKER)) {
        return Optional.empty();
      }
      names.add(written);
    }
    if (cut && record.size() > held) {
      names.add(AuthorItem.TRUNCATION_MARKER);
    }
    String hardBreak = line.stripTrailing().endsWith("\\") ? "\\" : "";
    String value =
        asCode ? code(line.substring(label.end()), authors, names) : String.join(", ", names);
    return Optional.of(line.substring(0, label.end()) + " " + value + hardBreak);
  }

  /** {@code names} in the code notation {@code authors} was written in. */
  private static String code(String value, AuthorList authors, List<String> names) {
    char quote = value.indexOf('"') >= 0 && value.indexOf('\'') < 0 ? '"' : '\'';
    int last = names.size() - 1;
    if (names.get(last).equals(AuthorItem.TRUNCATION_MARKER)) {
      last--;
    }
    List<String> items = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (i == last && i > 0 && authors.notation().contains(Notation.AND_PREFIX)) {
        name = "and " + name;
      }
      items.add(
          authors.notation().contains(Notation.QUOTES)
              ? quote
                  + name.replace("\\", "\\\\").replace(String.valueOf(quote), "\\" + quote)
                  + quote
              : name);
    }
    String joined = String.join(", ", items);
    return authors.notation().contains(Notation.BRACKETS) ? "[" + joined + "]" : joined;
  }
}
