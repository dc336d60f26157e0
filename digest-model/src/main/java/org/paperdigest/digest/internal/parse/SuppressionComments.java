package org.paperdigest.digest.internal.parse;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlBlock;
import org.paperdigest.digest.model.Suppression;

/** Reads {@code <!-- digest-... -->} comment blocks; other comments are the author's business. */
final class SuppressionComments {

  private static final Pattern DIRECTIVE =
      Pattern.compile("^<!--\\s*(digest-[A-Za-z-]*)(.*?)-->\\s*$", Pattern.DOTALL);
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

  private SuppressionComments() {}

  static Optional<Suppression> read(HtmlBlock html) {
    Matcher m = DIRECTIVE.matcher(html.getLiteral().strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String directive = m.group(1);
    List<String> rules =
        Arrays.stream(SEPARATORS.split(m.group(2).strip())).filter(s -> !s.isEmpty()).toList();
    return Optional.of(
        new Suppression(Suppression.Kind.of(directive), directive, rules, SourceLines.start(html)));
  }
}
