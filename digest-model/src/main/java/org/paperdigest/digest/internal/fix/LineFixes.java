package org.paperdigest.digest.internal.fix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.paperdigest.digest.DigestFixer.Fix;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.internal.UrlText;
import org.paperdigest.digest.internal.parse.SourceLines;
import org.paperdigest.digest.model.AuthorList;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.Entry;
import org.paperdigest.digest.model.Link;
import org.paperdigest.digest.model.LinkKind;
import org.paperdigest.digest.model.SourcePosition;

/** Finds the repairs of one parse of a file as whole replacement lines, and applies them. */
public final class LineFixes {

  private LineFixes() {}

  /**
   * The repairs of {@code file}: fills {@code lines} with each touched line (0-based index) as it
   * should read, and returns what was done.
   */
  public static List<Fix> find(
      DigestFile file,
      boolean repeats,
      boolean empties,
      boolean glued,
      Map<Integer, String> lines) {
    SourceLines source = SourceLines.of(file.text());
    List<Fix> fixes = new ArrayList<>();
    if (glued) {
      fixGlued(file, source, lines, fixes);
    }
    if (repeats || empties) {
      for (Entry entry : file.entries()) {
        if (entry.authors().isEmpty()) {
          continue;
        }
        AuthorList authors = entry.authors().get();
        int index = authors.position().line() - 1;
        if (lines.containsKey(index)) {
          continue; // the next pass sees this line again, with its other fix made
        }
        AuthorLineFix.fix(source.line(index), authors.position().column() - 1, repeats, empties)
            .ifPresent(
                fixed -> {
                  lines.put(index, fixed.line());
                  if (!fixed.dropped().repeats().isEmpty()) {
                    fixes.add(
                        new Fix(
                            Rule.DG110,
                            authors.position(),
                            "dropped repeated " + counted(fixed.dropped().repeats())));
                  }
                  if (fixed.dropped().empties() > 0) {
                    fixes.add(
                        new Fix(
                            Rule.DG109,
                            authors.position(),
                            "dropped "
                                + fixed.dropped().empties()
                                + (fixed.dropped().empties() == 1
                                    ? " empty item"
                                    : " empty items")));
                  }
                });
      }
    }
    return fixes;
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

  /** DG202: a space where each glued bare URL meets its text, checked against the source. */
  private static void fixGlued(
      DigestFile file, SourceLines source, Map<Integer, String> lines, List<Fix> fixes) {
    NavigableMap<Integer, List<Integer>> inserts = new TreeMap<>();
    for (Link link : file.links()) {
      int glue = link.kind() == LinkKind.BARE_URL ? UrlText.gluePoint(link.url()) : -1;
      if (glue <= 0) {
        continue;
      }
      int index = link.position().line() - 1;
      int column = link.position().column() - 1;
      String line = source.line(index);
      if (!line.startsWith(link.url(), column)) {
        continue; // not where the parser said: leave the line alone
      }
      inserts.computeIfAbsent(index, i -> new ArrayList<>()).add(column + glue);
      SourcePosition at = link.position().plusColumns(glue);
      fixes.add(
          new Fix(
              Rule.DG202,
              at,
              "inserted a space between " + link.url().substring(0, glue) + " and its text"));
    }
    inserts.forEach(
        (index, columns) -> {
          StringBuilder line = new StringBuilder(source.line(index));
          columns.stream().sorted((a, b) -> b - a).forEach(c -> line.insert((int) c, ' '));
          lines.put(index, line.toString().stripTrailing());
        });
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
