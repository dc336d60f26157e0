package org.paperdigest.digest.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A parsed digest: its source, its text (decoded, without byte order mark), its sections in order,
 * every link in the file, the links that lost their parentheses, the blocks that fit nowhere, and
 * its suppression comments.
 */
public record DigestFile(
    DigestSource source,
    String text,
    List<Section> sections,
    List<Link> links,
    List<LinkMissingParentheses> linksMissingParentheses,
    List<StrayBlock> strayBlocks,
    List<Suppression> suppressions) {

  public DigestFile {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    sections = List.copyOf(sections);
    links = List.copyOf(links);
    linksMissingParentheses = List.copyOf(linksMissingParentheses);
    strayBlocks = List.copyOf(strayBlocks);
    suppressions = List.copyOf(suppressions);
  }

  /** The file's path relative to the repository root. */
  public String path() {
    return source.path();
  }

  /** Whether {@code url} is the bare URL of a {@code [text]URL} that lost its parentheses. */
  public boolean isMissingParentheses(Link url) {
    for (LinkMissingParentheses lost : linksMissingParentheses) {
      if (lost.url().equals(url)) {
        return true;
      }
    }
    return false;
  }

  /** Every header of the file, in order. */
  public List<DateHeader> headers() {
    List<DateHeader> headers = new ArrayList<>(sections.size());
    for (Section section : sections) {
      section.header().ifPresent(headers::add);
    }
    return Collections.unmodifiableList(headers);
  }

  /** Every entry of the file, in order. */
  public List<Entry> entries() {
    if (sections.size() == 1) {
      return sections.get(0).entries();
    }
    List<Entry> entries = new ArrayList<>();
    for (Section section : sections) {
      entries.addAll(section.entries());
    }
    return Collections.unmodifiableList(entries);
  }

  // Records compare by value; two parses of one text are equal, which is what tests want, but the
  // text can be megabytes, so hash by the cheap parts only.
  @Override
  public int hashCode() {
    return Objects.hash(source, text.length(), sections.size(), links.size());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DigestFile other
        && source.equals(other.source)
        && text.equals(other.text)
        && sections.equals(other.sections)
        && links.equals(other.links)
        && linksMissingParentheses.equals(other.linksMissingParentheses)
        && strayBlocks.equals(other.strayBlocks)
        && suppressions.equals(other.suppressions);
  }
}
