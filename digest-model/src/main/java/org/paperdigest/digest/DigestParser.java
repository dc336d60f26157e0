package org.paperdigest.digest;

import org.commonmark.node.Document;
import org.commonmark.parser.Parser;
import org.paperdigest.digest.internal.TextLines;
import org.paperdigest.digest.internal.parse.CommonMarkConfig;
import org.paperdigest.digest.internal.parse.DigestTreeBuilder;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.DigestSource;

/**
 * Parses digest Markdown into a {@link DigestFile}. Any text parses: what does not fit the digest
 * shape is kept as stray blocks and missing parts, for the rules to report. A byte order mark is
 * dropped; CRLF, lone CR and a missing final newline parse the same as clean input. Immutable and
 * thread-safe: create one and share it.
 *
 * @since 0.1.0
 */
public final class DigestParser {

  private final Parser markdown;

  private DigestParser() {
    this.markdown = CommonMarkConfig.parser();
  }

  /**
   * A parser; it is thread-safe, so one serves a whole run.
   *
   * @return the parser
   * @since 0.1.0
   */
  public static DigestParser create() {
    return new DigestParser();
  }

  /**
   * Parses {@code text}, which may start with a byte order mark.
   *
   * @param source where the digest is: its path names it in findings, and a repository around it
   *     resolves relative links
   * @param text the digest's Markdown
   * @return the digest as records, with a position for every part; never {@code null}
   * @throws NullPointerException if an argument is {@code null}
   * @since 0.1.0
   */
  public DigestFile parse(DigestSource source, String text) {
    String content = TextLines.withoutByteOrderMark(text);
    Document document = (Document) markdown.parse(content);
    return new DigestTreeBuilder(source, content).build(document);
  }
}
