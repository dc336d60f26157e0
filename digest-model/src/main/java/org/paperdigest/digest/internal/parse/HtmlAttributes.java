package org.paperdigest.digest.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.paperdigest.digest.model.Link;
import org.paperdigest.digest.model.LinkKind;
import org.paperdigest.digest.model.SourcePosition;

/** The {@code src} and {@code href} attributes of raw HTML, with the position of each value. */
final class HtmlAttributes {

  /** One attribute value inside a tag. */
  record Attribute(String tag, String name, String value, SourcePosition position) {

    Link toLink() {
      return new Link(value, LinkKind.HTML_ATTRIBUTE, position);
    }
  }

  private static final Pattern TAG = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)([^>]*)>?");
  private static final Pattern ATTRIBUTE =
      Pattern.compile(
          "(?i)(?<![\\w-])(src|href)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))");

  private HtmlAttributes() {}

  /** The first {@code <video src>} among {@code nodes}, as a link. */
  static Optional<Link> videoSource(List<? extends Node> nodes, SourceLines lines) {
    return nodes.stream()
        .flatMap(html -> of(html, lines).stream())
        .filter(a -> a.tag().equals("video") && a.name().equals("src"))
        .findFirst()
        .map(Attribute::toLink);
  }

  /** Every link attribute of an HTML block or inline node, line by line. */
  static List<Attribute> of(Node html, SourceLines lines) {
    List<Attribute> found = new ArrayList<>();
    for (SourceSpan span : html.getSourceSpans()) {
      String text = lines.text(span);
      Matcher tag = TAG.matcher(text);
      while (tag.find()) {
        Matcher attr = ATTRIBUTE.matcher(text).region(tag.start(2), tag.end(2));
        while (attr.find()) {
          int group = attr.group(2) != null ? 2 : attr.group(3) != null ? 3 : 4;
          found.add(
              new Attribute(
                  tag.group(1).toLowerCase(Locale.ROOT),
                  attr.group(1).toLowerCase(Locale.ROOT),
                  attr.group(group),
                  SourceLines.position(span, attr.start(group))));
        }
      }
    }
    return found;
  }
}
