package org.paperdigest.digest.internal.fix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperdigest.digest.internal.rules.AuthorKeys;
import org.paperdigest.digest.model.AuthorItem;

/**
 * Rewrites one {@code Authors:} line without its repeated names (DG110: the first occurrence stays,
 * order kept, and as many as the paper's record lists when it is known: those are people who share
 * a name) and empty items (DG109). Each kept item keeps its exact text and the space before it;
 * only the dropped items and their commas go, and trailing whitespace of the line. A line written
 * as code (DG117) is written again as its names, separated by commas.
 */
final class AuthorLineFix {

  private static final Pattern LABEL = Pattern.compile("Authors?:");

  /** What was dropped from a line: repeated names and empty items. */
  record Dropped(List<String> repeats, int empties) {
    boolean any() {
      return !repeats.isEmpty() || empties > 0;
    }
  }

  /** The fixed line and what was dropped. */
  record Fixed(String line, Dropped dropped) {}

  private AuthorLineFix() {}

  /**
   * Writes {@code line}, whose label starts at 0-based {@code labelColumn} and whose value is the
   * code notation the parser read as {@code authors}, as {@code Authors: A, B, C}: the label as it
   * was, then the names, without repeats and empty items where those are fixed too. Empty when the
   * line is not what the parser read.
   */
  static Optional<Fixed> rewrite(
      String line,
      int labelColumn,
      List<AuthorItem> authors,
      boolean dropRepeats,
      boolean dropEmpties,
      Map<String, Integer> people) {
    Matcher label = LABEL.matcher(line);
    if (!label.find(labelColumn) || label.start() != labelColumn) {
      return Optional.empty();
    }
    String hardBreak = line.stripTrailing().endsWith("\\") ? "\\" : "";
    List<String> kept = new ArrayList<>();
    List<String> repeats = new ArrayList<>();
    int empties = 0;
    Map<String, Integer> seen = new HashMap<>();
    for (AuthorItem item : authors) {
      if (item.isEmpty() && dropEmpties) {
        empties++;
      } else if (item.isName() && repeats(item.text(), seen, people) && dropRepeats) {
        repeats.add(item.text());
      } else {
        kept.add(item.text());
      }
    }
    String rebuilt =
        (line.substring(0, label.end()) + " " + String.join(", ", kept)).stripTrailing();
    return Optional.of(new Fixed(rebuilt + hardBreak, new Dropped(repeats, empties)));
  }

  /**
   * Fixes {@code line}, whose label starts at 0-based {@code labelColumn}; empty when there is
   * nothing to drop or the line is not what the parser read.
   */
  static Optional<Fixed> fix(
      String line,
      int labelColumn,
      boolean dropRepeats,
      boolean dropEmpties,
      Map<String, Integer> people) {
    Matcher label = LABEL.matcher(line);
    if (!label.find(labelColumn) || label.start() != labelColumn) {
      return Optional.empty();
    }
    String head = line.substring(0, label.end());
    String body = line.substring(label.end());
    String hardBreak = "";
    String trimmed = body.stripTrailing();
    if (trimmed.endsWith("\\")) {
      hardBreak = "\\";
      trimmed = trimmed.substring(0, trimmed.length() - 1).stripTrailing();
    }
    if (trimmed.isBlank()) {
      return Optional.empty();
    }
    List<String> slots = List.of(trimmed.split(",", -1));
    List<String> kept = new ArrayList<>();
    List<String> repeats = new ArrayList<>();
    int empties = 0;
    Map<String, Integer> seen = new HashMap<>();
    for (String slot : slots) {
      String name = slot.strip();
      if (name.isEmpty()) {
        if (dropEmpties) {
          empties++;
          continue;
        }
      } else if (!name.equals(AuthorItem.TRUNCATION_MARKER) && repeats(name, seen, people)) {
        if (dropRepeats) {
          repeats.add(name);
          continue;
        }
      }
      kept.add(slot);
    }
    Dropped dropped = new Dropped(repeats, empties);
    if (!dropped.any()) {
      return Optional.empty();
    }
    String joined = String.join(",", kept);
    if (!kept.isEmpty() && !slots.get(0).equals(kept.get(0))) {
      // The first item went: the next one moves up, with the single space a label wants.
      joined = " " + joined.stripLeading();
    }
    String rebuilt = (head + joined).stripTrailing() + hardBreak;
    return Optional.of(new Fixed(rebuilt, dropped));
  }

  /**
   * Counts {@code name} as seen once more; whether it is now a repeat: seen more often than {@code
   * people} (the record's count of each DG110 key, when known) says there are people of that name.
   */
  private static boolean repeats(
      String name, Map<String, Integer> seen, Map<String, Integer> people) {
    String key = AuthorKeys.sameName(name);
    return seen.merge(key, 1, Integer::sum) > Math.max(1, people.getOrDefault(key, 0));
  }
}
