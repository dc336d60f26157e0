package org.paperdigest.digest.internal.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.paperdigest.digest.model.DateHeader;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.DigestSource;
import org.paperdigest.digest.model.Entry;
import org.paperdigest.digest.model.Link;
import org.paperdigest.digest.model.Media;
import org.paperdigest.digest.model.Section;
import org.paperdigest.digest.model.SourcePosition;
import org.paperdigest.digest.model.StrayBlock;
import org.paperdigest.digest.model.Suppression;

/**
 * Turns a CommonMark document into a {@link DigestFile}: headers open sections, level-3 headings
 * open entries, and every other top-level block is read as a part of the current entry or recorded
 * as stray.
 */
public final class DigestTreeBuilder {

  private static final Pattern HEADER = Pattern.compile("^Daily Papers\\b\\s*(.*)$");
  private static final Pattern PARENTHESISED = Pattern.compile("^\\((.*)\\)$");

  private final DigestSource source;
  private final String text;
  private final SourceLines lines;
  private final LinkCollector linkCollector;
  private final BlockReader blockReader;

  private final List<Section> sections = new ArrayList<>();
  private final List<StrayBlock> strays = new ArrayList<>();
  private final List<Suppression> suppressions = new ArrayList<>();
  private DateHeader header;
  private List<Entry> entries;
  private EntryBuilder entry;

  public DigestTreeBuilder(DigestSource source, String text) {
    this.source = source;
    this.text = text;
    this.lines = SourceLines.of(text);
    this.linkCollector = new LinkCollector(lines);
    this.blockReader = new BlockReader(lines, linkCollector);
  }

  public DigestFile build(Document document) {
    List<Link> links = new ArrayList<>();
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      read(block);
      linkCollector.collect(block, links);
    }
    closeSection();
    return new DigestFile(source, text, sections, links, strays, suppressions);
  }

  private void read(Node block) {
    if (block instanceof Heading heading && heading.getLevel() == 2) {
      Optional<DateHeader> dateHeader = dateHeader(heading);
      if (dateHeader.isPresent()) {
        closeSection();
        header = dateHeader.get();
        entries = new ArrayList<>();
        return;
      }
    }
    if (block instanceof Heading heading && heading.getLevel() == 3) {
      closeEntry();
      if (entries == null) {
        entries = new ArrayList<>(); // an entry before any header: a section without one
      }
      entry = new EntryBuilder(blockReader.title(heading));
      return;
    }
    if (block instanceof HtmlBlock html && BlockReader.isComment(html)) {
      SuppressionComments.read(html).ifPresent(suppressions::add);
      return;
    }
    if (entries == null) {
      return; // a preamble before the first header is the author's business
    }
    if (entry == null) {
      strays.add(
          new StrayBlock(
              BlockReader.describe(block) + " between the header and the first entry",
              SourceLines.start(block)));
      return;
    }
    readEntryPart(block);
  }

  private void readEntryPart(Node block) {
    if (!(block instanceof HtmlBlock)) {
      entry.blockEnded(); // a <video src> block must follow its link directly
    }
    Optional<String> refused;
    if (block instanceof Paragraph paragraph) {
      refused = blockReader.readParagraph(paragraph, entry);
    } else if (block instanceof HtmlBlock html) {
      refused = readHtml(html);
    } else if (block instanceof ListBlock list) {
      entry.addSummary(blockReader.summary(list));
      refused = Optional.empty();
    } else {
      refused = Optional.of(BlockReader.describe(block));
    }
    refused.ifPresent(
        what ->
            strays.add(
                new StrayBlock(
                    what + " inside the entry \"" + entry.titleText() + "\"",
                    SourceLines.start(block))));
  }

  private Optional<String> readHtml(HtmlBlock html) {
    Optional<Link> video = HtmlAttributes.videoSource(List.of(html), lines);
    if (video.isEmpty()) {
      entry.blockEnded();
      return Optional.of("an HTML block");
    }
    Link src = video.get();
    boolean taken =
        entry.offerVideoSource(src)
            || entry.offerMedia(new Media(Media.Kind.VIDEO, src, Optional.empty()));
    entry.blockEnded();
    return taken ? Optional.empty() : Optional.of("a second video block");
  }

  private Optional<DateHeader> dateHeader(Heading heading) {
    String title = PlainText.of(heading).strip();
    Matcher m = HEADER.matcher(title);
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group(1).strip();
    Matcher p = PARENTHESISED.matcher(rest);
    String dateText = p.matches() ? p.group(1).strip() : rest;
    SourcePosition position = SourceLines.start(heading);
    SourcePosition datePosition = position;
    if (!heading.getSourceSpans().isEmpty()) {
      var span = heading.getSourceSpans().get(0);
      String raw = lines.text(span);
      int at = dateText.isEmpty() ? -1 : raw.indexOf(dateText, raw.indexOf("Daily Papers"));
      datePosition = SourceLines.position(span, at < 0 ? 0 : at);
    }
    return Optional.of(new DateHeader(dateText, parseDate(dateText), position, datePosition));
  }

  /** A {@code YYYY-MM-DD} date that exists (strictly: no February 30th), as ISO writes it. */
  static Optional<LocalDate> parseDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return Optional.empty();
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The ASCII digits from {@code start} to {@code end} as a number, or -1. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private void closeEntry() {
    if (entry != null) {
      entries.add(entry.build());
      entry = null;
    }
  }

  private void closeSection() {
    closeEntry();
    if (entries != null) {
      sections.add(new Section(Optional.ofNullable(header), entries));
    }
    header = null;
    entries = null;
  }
}
