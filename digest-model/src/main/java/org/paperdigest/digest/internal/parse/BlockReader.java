package org.paperdigest.digest.internal.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.paperdigest.digest.internal.MediaUrls;
import org.paperdigest.digest.internal.UrlText;
import org.paperdigest.digest.model.Media;
import org.paperdigest.digest.model.RawHtml;
import org.paperdigest.digest.model.Summary;
import org.paperdigest.digest.model.SummaryItem;
import org.paperdigest.digest.model.Title;

/** Reads the blocks that make up an entry: its heading, media and metadata lines, summary lists. */
final class BlockReader {

  /** The text of the link a bot writes above a video block. */
  private static final String WATCH_VIDEO = "Watch Video";

  private final SourceLines lines;
  private final LinkCollector links;

  BlockReader(SourceLines lines, LinkCollector links) {
    this.lines = lines;
    this.links = links;
  }

  Title title(Heading heading) {
    List<Node> parts = significantChildren(heading);
    Optional<org.commonmark.node.Link> first = firstLink(heading);
    String text = first.map(PlainText::of).orElseGet(() -> PlainText.of(heading)).strip();
    boolean wellFormed =
        parts.size() == 1 && parts.get(0) instanceof org.commonmark.node.Link && !text.isBlank();
    return new Title(
        text, first.map(links::toLink), wellFormed, SourceLines.start(heading), rawHtml(heading));
  }

  /**
   * Reads a paragraph of an entry line by line: media, {@code Vote:} and {@code Authors:} lines are
   * taken; returns what was refused, if anything (one stray finding per block).
   */
  Optional<String> readParagraph(Paragraph paragraph, EntryBuilder entry) {
    String refused = null;
    for (SourceSpan span : paragraph.getSourceSpans()) {
      String raw = lines.text(span);
      int lineIndex = span.getLineIndex();
      int column = span.getColumnIndex();
      boolean taken;
      String what;
      if (MetadataLines.isVotes(raw)) {
        taken = entry.offerVotes(MetadataLines.votes(raw, lineIndex, column));
        what = "a second Vote: line";
      } else if (MetadataLines.isAuthors(raw)) {
        taken = entry.offerAuthors(MetadataLines.authors(raw, lineIndex, column));
        what = "a second Authors: line";
      } else {
        List<Node> inlines = inlinesOnLine(paragraph, lineIndex);
        Optional<LostParentheses> lost = missingParentheses(inlines);
        Optional<Media> media =
            lost.isPresent() ? videoWithoutParentheses(lost.get()) : media(inlines);
        // A [text]URL line that is no video is DG209's to report, not stray content.
        taken = media.isPresent() ? entry.offerMedia(media.get()) : lost.isPresent();
        what = media.isPresent() ? "a second media line" : "a paragraph";
      }
      if (!taken && refused == null) {
        refused = what;
      }
    }
    return Optional.ofNullable(refused);
  }

  private Optional<Media> media(List<Node> inlines) {
    if (!inlines.isEmpty() && allHtml(inlines)) {
      return HtmlAttributes.videoSource(inlines, lines)
          .map(src -> new Media(Media.Kind.VIDEO, src, Optional.empty()));
    }
    if (inlines.size() != 1) {
      return Optional.empty();
    }
    Node only = inlines.get(0);
    if (only instanceof Image image) {
      return Optional.of(new Media(Media.Kind.IMAGE, links.toLink(image), Optional.empty()));
    }
    if (only instanceof org.commonmark.node.Link link && isVideoLink(link)) {
      return Optional.of(new Media(Media.Kind.VIDEO, links.toLink(link), Optional.empty()));
    }
    return Optional.empty();
  }

  /**
   * The line's {@code [text]URL}, when the line holds nothing else: the bracketed text and a bare
   * URL directly after it.
   */
  private Optional<LostParentheses> missingParentheses(List<Node> inlines) {
    if (inlines.isEmpty()
        || !(inlines.get(inlines.size() - 1) instanceof org.commonmark.node.Link link)) {
      return Optional.empty();
    }
    for (int i = 0; i < inlines.size() - 1; i++) {
      if (!(inlines.get(i) instanceof Text)) {
        return Optional.empty();
      }
    }
    org.paperdigest.digest.model.Link url = links.toLink(link);
    if (url.kind() != org.paperdigest.digest.model.LinkKind.BRACKETED_URL) {
      return Optional.empty();
    }
    return links
        .missingParentheses(link, url)
        .filter(lost -> lost.position().equals(SourceLines.start(inlines.get(0))));
  }

  /** {@code [Watch Video]URL}, or a video file's URL in brackets, as the entry's video. */
  private static Optional<Media> videoWithoutParentheses(LostParentheses lost) {
    boolean video =
        lost.text().strip().equalsIgnoreCase(WATCH_VIDEO)
            || MediaUrls.isVideoFile(UrlText.intended(lost.url()));
    return video
        ? Optional.of(new Media(Media.Kind.VIDEO, lost.url(), Optional.empty()))
        : Optional.empty();
  }

  private static boolean allHtml(List<Node> inlines) {
    for (Node inline : inlines) {
      if (!(inline instanceof HtmlInline)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isVideoLink(org.commonmark.node.Link link) {
    return PlainText.of(link).strip().equalsIgnoreCase(WATCH_VIDEO)
        || MediaUrls.isVideoFile(link.getDestination());
  }

  /** Every item of a list block and of the lists nested in it, in source order. */
  Summary summary(ListBlock list) {
    List<SummaryItem> items = new ArrayList<>();
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(list);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      if (node instanceof ListItem item) {
        items.add(new SummaryItem(itemText(item), SourceLines.start(item), rawHtml(item)));
      }
      for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
        if (child instanceof ListItem || child instanceof ListBlock || node instanceof ListItem) {
          stack.push(child);
        }
      }
    }
    return new Summary(SourceLines.start(list), items);
  }

  /**
   * An item's plain text; for an item whose content has no plain text (raw HTML, an image without
   * alt text) the source after the list marker, so only a truly empty item reads as empty.
   */
  private String itemText(ListItem item) {
    String text = PlainText.of(item).strip();
    if (!text.isEmpty() || item.getSourceSpans().isEmpty()) {
      return text;
    }
    String raw = lines.text(item.getSourceSpans().get(0));
    return raw.replaceFirst("^\\s*(?:[-+*]|\\d{1,9}[.)])", "").strip();
  }

  /**
   * The raw HTML inlines under {@code node}, nested lists left out (their items have their own), in
   * source order.
   */
  private static List<RawHtml> rawHtml(Node node) {
    if (PlainText.isOnlyText(node)) {
      return List.of(); // the usual item: one text, nothing else to look into
    }
    List<RawHtml> found = null;
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(node);
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      if (n instanceof HtmlInline html) {
        if (found == null) {
          found = new ArrayList<>();
        }
        found.add(new RawHtml(html.getLiteral(), SourceLines.start(html)));
        continue;
      }
      for (Node child = n.getLastChild(); child != null; child = child.getPrevious()) {
        if (!(child instanceof ListBlock) && !(child instanceof Text)) {
          stack.push(child);
        }
      }
    }
    return found == null ? List.of() : found;
  }

  static boolean isComment(HtmlBlock html) {
    String literal = html.getLiteral().strip();
    return literal.startsWith("<!--") && literal.endsWith("-->");
  }

  /** What a block is, in words, for stray-content messages. */
  static String describe(Node block) {
    if (block instanceof Heading heading) {
      return "a level-" + heading.getLevel() + " heading";
    } else if (block instanceof Paragraph) {
      return "a paragraph";
    } else if (block instanceof BlockQuote) {
      return "a block quote";
    } else if (block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock) {
      return "a code block";
    } else if (block instanceof ThematicBreak) {
      return "a thematic break";
    } else if (block instanceof HtmlBlock) {
      return "an HTML block";
    } else if (block instanceof OrderedList) {
      return "a numbered list";
    } else if (block instanceof ListBlock) {
      return "a bullet list";
    } else if (block instanceof LinkReferenceDefinition) {
      return "a link reference definition";
    }
    return "a block";
  }

  private List<Node> inlinesOnLine(Paragraph paragraph, int lineIndex) {
    List<Node> found = new ArrayList<>();
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      if (isBlankInline(child) || child.getSourceSpans().isEmpty()) {
        continue;
      }
      int first = child.getSourceSpans().get(0).getLineIndex();
      if (first == lineIndex) {
        found.add(child);
      }
    }
    return found;
  }

  private static List<Node> significantChildren(Node parent) {
    List<Node> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      if (!isBlankInline(child)) {
        found.add(child);
      }
    }
    return found;
  }

  private static boolean isBlankInline(Node node) {
    return node instanceof SoftLineBreak
        || (node instanceof Text text && text.getLiteral().isBlank());
  }

  private static Optional<org.commonmark.node.Link> firstLink(Node root) {
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      if (node instanceof org.commonmark.node.Link link) {
        return Optional.of(link);
      }
      for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
        stack.push(child);
      }
    }
    return Optional.empty();
  }
}
