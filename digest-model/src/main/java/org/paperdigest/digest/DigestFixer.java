package org.paperdigest.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.paperdigest.digest.internal.TextLines;
import org.paperdigest.digest.internal.fix.LineFixes;
import org.paperdigest.digest.internal.fix.Repair;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.DigestSource;
import org.paperdigest.digest.model.SourcePosition;

/**
 * Repairs what can be repaired without judgement: repeated author names (DG110), empty author items
 * (DG109), author lists written as code (DG117), with trailing whitespace on the author lines it
 * rewrites; with papers' records at hand, author lists that differ from them (DG121, DG122); and,
 * adding characters only, bare URLs glued to the text after them (DG202, wrapped as {@code <URL>}),
 * raw HTML in text (DG120, escaped) and links that lost their parentheses (DG209). Every character
 * outside the touched lines stays as it was, line ends and byte order mark included, and fixing a
 * fixed text changes nothing. Rules turned off for the file are not fixed. Thread-safe.
 *
 * @since 0.1.0
 */
public final class DigestFixer {

  /** At most this many passes; each pass re-reads the text it produced. */
  private static final int MAX_PASSES = 3;

  private final DigestParser parser = DigestParser.create();
  private final ValidationConfig config;

  private DigestFixer(ValidationConfig config) {
    this.config = config;
  }

  /**
   * A fixer that repairs what the rules of {@code config} report, where they are on.
   *
   * @param config which rules are on, and where
   * @return the fixer; thread-safe
   * @throws NullPointerException if {@code config} is {@code null}
   * @since 0.1.0
   */
  public static DigestFixer create(ValidationConfig config) {
    return new DigestFixer(Objects.requireNonNull(config, "config"));
  }

  /**
   * One repair.
   *
   * @param rule the rule whose finding it repairs
   * @param position where, in the text before fixing
   * @param description what was done, for people
   * @since 0.1.0
   */
  public record Fix(Rule rule, SourcePosition position, String description) {
    /**
     * Checks the parts.
     *
     * @param rule the rule whose finding it repairs
     * @param position where, in the text before fixing
     * @param description what was done, for people
     * @throws NullPointerException if a part is {@code null}
     * @since 0.1.0
     */
    public Fix {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(position, "position");
      Objects.requireNonNull(description, "description");
    }
  }

  /**
   * The text after fixing and the repairs made.
   *
   * @param text the fixed text, equal to the input when nothing was fixed
   * @param fixes the repairs, in the order they were made
   * @since 0.1.0
   */
  public record Result(String text, List<Fix> fixes) {
    /**
     * Checks the parts and copies the list.
     *
     * @param text the fixed text, equal to the input when nothing was fixed
     * @param fixes the repairs, in the order they were made
     * @throws NullPointerException if {@code text}, {@code fixes} or a fix is {@code null}
     * @since 0.1.0
     */
    public Result {
      Objects.requireNonNull(text, "text");
      fixes = List.copyOf(fixes);
    }

    /**
     * Whether any fix was applied, so the text differs from the input.
     *
     * @return whether there are fixes
     * @since 0.1.0
     */
    public boolean changed() {
      return !fixes.isEmpty();
    }
  }

  /**
   * Fixes {@code text} (which may start with a byte order mark) of the digest at {@code source},
   * with no paper's record at hand: author lists keep their order and names.
   *
   * @param source where the digest is, for path-scoped rule settings and relative links
   * @param text the digest's text
   * @return the fixed text and the repairs made; never {@code null}
   * @throws NullPointerException if an argument is {@code null}
   * @since 0.1.0
   */
  public Result fix(DigestSource source, String text) {
    return fix(source, text, Map.of());
  }

  /**
   * Fixes {@code text} (which may start with a byte order mark) of the digest at {@code source},
   * and holds each entry's authors to its paper's record where {@code records} has it: an author
   * list that differs (DG121) or stands in another order (DG122) is written with the record's
   * names, in its order and spelling, in the entry's notation, a list cut with {@code +} keeping as
   * many names; a name the record lists as often as the entry does is not removed as a repeat
   * (DG110).
   *
   * @param source where the digest is, for path-scoped rule settings and relative links
   * @param text the digest's text
   * @param records the papers' records by arXiv id without version; papers not in it are fixed as
   *     by {@link #fix(DigestSource, String)}
   * @return the fixed text and the repairs made; never {@code null}
   * @throws NullPointerException if an argument is {@code null}
   * @since 0.1.0
   */
  public Result fix(DigestSource source, String text, Map<String, PaperRecord> records) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(records, "records");
    boolean bom = TextLines.hasByteOrderMark(text);
    String content = TextLines.withoutByteOrderMark(text);
    List<Fix> fixes = new ArrayList<>();
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      DigestFile file = parser.parse(source, content);
      TreeMap<Integer, String> lines = new TreeMap<>();
      List<Repair> found =
          LineFixes.find(file, rule -> config.isEnabled(rule, source.path()), lines, records);
      if (lines.isEmpty()) {
        break;
      }
      content = LineFixes.apply(content, lines);
      // Positions refer to the text as it was; only the first pass's positions are the user's.
      found.forEach(r -> fixes.add(new Fix(r.rule(), r.position(), r.description())));
    }
    return new Result(bom ? TextLines.BYTE_ORDER_MARK + content : content, fixes);
  }
}
