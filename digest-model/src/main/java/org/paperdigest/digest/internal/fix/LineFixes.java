package org.paperdigest.digest.internal.fix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.paperdigest.digest.PaperRecord;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.internal.parse.SourceLines;
import org.paperdigest.digest.internal.records.AuthorMatch;
import org.paperdigest.digest.internal.rules.AuthorKeys;
import org.paperdigest.digest.model.AuthorList;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.Entry;
import org.paperdigest.digest.model.SourcePosition;

/** Finds the repairs of one parse of a file as whole replacement lines, and applies them. */
public final class LineFixes {

  private LineFixes() {}

  /**
   * The repairs of {@code file} by the rules {@code fixed} accepts: fills {@code lines} with each
   * touched line (0-based index) as it should read, and returns what was done. {@code records} are
   * the papers' records by arXiv id, empty when not known: an entry whose authors differ from its
   * paper's record gets the record's, and a name the record lists as often as the entry does is not
   * a repeat.
   */
  public static List<Repair> find(
      DigestFile file,
      Predicate<Rule> fixed,
      Map<Integer, String> lines,
      Map<String, PaperRecord> records) {
    SourceLines source = SourceLines.of(file.text());
    List<Repair> fixes = new ArrayList<>();
    InsertionFixes inserts = new InsertionFixes(source, fixes);
    if (fixed.test(Rule.DG202)) {
      inserts.wrapGluedUrls(file);
    }
    if (fixed.test(Rule.DG209)) {
      inserts.addParentheses(file);
    }
    if (fixed.test(Rule.DG120)) {
      inserts.escapeHtml(file);
    }
    inserts.applyTo(lines);
    for (Entry entry : file.entries()) {
      if (entry.authors().isEmpty()) {
        continue;
      }
      int index = entry.authors().get().position().line() - 1;
      if (lines.containsKey(index)) {
        continue; // the next pass sees this line again, with its other fix made
      }
      Optional<PaperRecord> record = entry.title().arxivId().map(id -> records.get(id.id()));
      if (record.isEmpty()
          || !fromRecord(entry.authors().get(), record.get(), source, fixed, lines, fixes)) {
        authorLine(entry.authors().get(), record, source, fixed, lines, fixes);
      }
    }
    return fixes;
  }

  /**
   * DG121 and DG122: the author line written with the record's names, when the entry's differ and
   * the rule that reports it is fixed; whether it was.
   */
  private static boolean fromRecord(
      AuthorList authors,
      PaperRecord record,
      SourceLines source,
      Predicate<Rule> fixed,
      Map<Integer, String> lines,
      List<Repair> fixes) {
    Optional<AuthorMatch.Difference> difference =
        AuthorMatch.compare(authors.items(), record.authors());
    if (difference.isEmpty() || !fixed.test(difference.get().rule())) {
      return false;
    }
    int index = authors.position().line() - 1;
    boolean asCode = !authors.notation().isEmpty();
    Optional<String> line =
        AuthorRecordFix.rewrite(
            source.line(index),
            authors.position().column() - 1,
            authors,
            record.authors(),
            asCode && !fixed.test(Rule.DG117));
    if (line.isEmpty()) {
      return false;
    }
    lines.put(index, line.get());
    if (asCode && fixed.test(Rule.DG117)) {
      fixes.add(
          new Repair(
              Rule.DG117,
              authors.notationPosition(),
              "wrote the author list as names separated by commas"));
    }
    Rule rule = difference.get().rule();
    fixes.add(
        new Repair(
            rule,
            authors.position(),
            rule == Rule.DG122
                ? "put the authors in arXiv's order"
                : "wrote the authors as arXiv lists them (" + difference.get().message() + ")"));
    return true;
  }

  /** DG109, DG110 and DG117 on one author line, the repeats counted against the record if any. */
  private static void authorLine(
      AuthorList authors,
      Optional<PaperRecord> record,
      SourceLines source,
      Predicate<Rule> fixed,
      Map<Integer, String> lines,
      List<Repair> fixes) {
    boolean repeats = fixed.test(Rule.DG110);
    boolean empties = fixed.test(Rule.DG109);
    boolean asCode = fixed.test(Rule.DG117) && !authors.notation().isEmpty();
    Map<String, Integer> people = new HashMap<>();
    record.ifPresent(
        r -> r.authors().forEach(name -> people.merge(AuthorKeys.sameName(name), 1, Integer::sum)));
    int index = authors.position().line() - 1;
    int column = authors.position().column() - 1;
    Optional<AuthorLineFix.Fixed> fixedLine =
        asCode
            ? AuthorLineFix.rewrite(
                source.line(index), column, authors.items(), repeats, empties, people)
            : repeats || empties
                ? AuthorLineFix.fix(source.line(index), column, repeats, empties, people)
                : Optional.empty();
    fixedLine.ifPresent(
        line -> {
          lines.put(index, line.line());
          if (asCode) {
            fixes.add(
                new Repair(
                    Rule.DG117,
                    authors.notationPosition(),
                    "wrote the author list as names separated by commas"));
          }
          report(line.dropped(), authors.position(), fixes);
        });
  }

  private static void report(AuthorLineFix.Dropped dropped, SourcePosition at, List<Repair> fixes) {
    if (!dropped.repeats().isEmpty()) {
      fixes.add(new Repair(Rule.DG110, at, "dropped repeated " + counted(dropped.repeats())));
    }
    if (dropped.empties() > 0) {
      fixes.add(
          new Repair(
              Rule.DG109,
              at,
              "dropped "
                  + dropped.empties()
                  + (dropped.empties() == 1 ? " empty item" : " empty items")));
    }
  }

  /**
   * {@code A, B (2x)}: each dropped name once, with how often it was dropped when more than once.
   */
  private static String counted(List<String> names) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    names.forEach(name -> counts.merge(name, 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((name, n) -> parts.add(n == 1 ? name : name + " (" + n + "x)"));
    return String.join(", ", parts);
  }

  /** {@code text} with each line of {@code lines} (by 0-based index) replaced, line ends kept. */
  public static String apply(String text, TreeMap<Integer, String> lines) {
    SourceLines source = SourceLines.of(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    int copied = 0;
    for (Map.Entry<Integer, String> line : lines.entrySet()) {
      out.append(text, copied, source.start(line.getKey()));
      out.append(line.getValue());
      copied = source.end(line.getKey());
    }
    out.append(text, copied, text.length());
    return out.toString();
  }
}
