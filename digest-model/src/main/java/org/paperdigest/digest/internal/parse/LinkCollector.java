package org.paperdigest.digest.internal.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Block;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.paperdigest.digest.internal.GfmAutolink;
import org.paperdigest.digest.internal.UrlText;
import org.paperdigest.digest.model.Link;
import org.paperdigest.digest.model.LinkKind;
import org.paperdigest.digest.model.SourcePosition;

/**
 * Finds every link target in a document: inline links, images, autolinks, bare URLs and HTML {@code
 * src}/{@code href} attributes, each at the position of the URL itself; and the bare URLs written
 * right after a {@code [text]} that lost its parentheses.
 */
final class LinkCollector {

  private final SourceLines lines;

  LinkCollector(SourceLines lines) {
    this.lines = lines;
  }

  /**
   * Adds the links of {@code root} and everything under it to {@code links}, in document order.
   * Called once per top-level block rather than once per document: a walk over a whole file is one
   * long loop, which the JIT compiles twice (on-stack replacement, then the method).
   */
  void collect(Node root, List<Link> links) {
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      if (node instanceof org.commonmark.node.Link link) {
        links.add(toLink(link));
      } else if (node instanceof Image image) {
        links.add(toLink(image));
      } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
        for (HtmlAttributes.Attribute a : HtmlAttributes.of(node, lines)) {
          links.add(a.toLink());
        }
      }
      for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
        stack.push(child);
      }
    }
  }

  /** The link as a record: its kind follows from the first character of its source. */
  Link toLink(org.commonmark.node.Link link) {
    List<SourceSpan> spans = link.getSourceSpans();
    if (spans.isEmpty()) {
      return new Link(link.getDestination(), LinkKind.INLINE, SourcePosition.START);
    }
    SourceSpan first = spans.get(0);
    String source = lines.text(first);
    if (source.startsWith("[")) {
      return new Link(
          link.getDestination(), LinkKind.INLINE, destinationPosition(link, link.getDestination()));
    }
    if (source.startsWith("<")) {
      return new Link(link.getDestination(), LinkKind.AUTOLINK, SourceLines.position(first, 1));
    }
    Link bare =
        new Link(
            gfmExtent(first, source, endsParagraph(link, first)),
            LinkKind.BARE_URL,
            SourceLines.position(first, 0));
    return missingParentheses(link, bare).isPresent()
        ? new Link(bare.url(), LinkKind.BRACKETED_URL, bare.position())
        : bare;
  }

  /**
   * The text GitHub links for a bare URL that commonmark-java's autolinker found as {@code source}
   * at {@code span}: the extent cmark-gfm gives it, which can run on into the text after it. Where
   * GitHub does not link it at all, nothing is glued to it there: the URL its author meant.
   */
  private String gfmExtent(SourceSpan span, String source, boolean lastLine) {
    String line = lines.line(span.getLineIndex());
    int start = span.getColumnIndex();
    int end = GfmAutolink.end(line, start, lastLine);
    return end < 0 ? UrlText.intended(source) : line.substring(start, end);
  }

  /** Whether {@code span} of {@code node} lies on the last line of the block that holds it. */
  private static boolean endsParagraph(Node node, SourceSpan span) {
    Node block = node.getParent();
    while (block != null && !(block instanceof Block)) {
      block = block.getParent();
    }
    if (block == null || block.getSourceSpans().isEmpty()) {
      return true;
    }
    List<SourceSpan> spans = block.getSourceSpans();
    return spans.get(spans.size() - 1).getLineIndex() == span.getLineIndex();
  }

  /**
   * The {@code [text]} written right before the bare URL {@code link} ({@code found} as a record),
   * when the brackets hold plain text rather than a link of their own: a Markdown link that lost
   * its parentheses.
   */
  Optional<LostParentheses> missingParentheses(org.commonmark.node.Link link, Link found) {
    if (!(link.getPrevious() instanceof Text) || link.getSourceSpans().isEmpty()) {
      return Optional.empty();
    }
    SourceSpan span = link.getSourceSpans().get(0);
    return LostParentheses.before(
        lines.line(span.getLineIndex()), span.getLineIndex(), span.getColumnIndex(), found);
  }

  /** An image as a link, at its source URL. */
  Link toLink(Image image) {
    return new Link(
        image.getDestination(), LinkKind.IMAGE, destinationPosition(image, image.getDestination()));
  }

  /** Where the destination is written, searched from the end of the node's source. */
  SourcePosition destinationPosition(Node node, String destination) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (!destination.isEmpty()) {
      for (int i = spans.size() - 1; i >= 0; i--) {
        int at = lines.text(spans.get(i)).lastIndexOf(destination);
        if (at >= 0) {
          return SourceLines.position(spans.get(i), at);
        }
      }
    }
    return SourceLines.start(node);
  }
}
