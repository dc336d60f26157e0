package org.paperdigest.digest.internal.parse;

import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The commonmark-java parser as digests are read: bare URLs become links (the autolink extension,
 * URLs only), and every block and inline keeps its source span. One place, so that the parser, the
 * tests and the bench's floor parse alike.
 */
public final class CommonMarkConfig {

  private CommonMarkConfig() {}

  /** A new parser; it is immutable and thread-safe. */
  public static Parser parser() {
    return Parser.builder()
        .extensions(List.of(AutolinkExtension.builder().linkTypes(AutolinkType.URL).build()))
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
        .build();
  }
}
