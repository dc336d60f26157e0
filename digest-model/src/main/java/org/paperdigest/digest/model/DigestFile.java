package org.paperdigest.digest.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A parsed digest.
 *
 * @param source where it came from
 * @param text its text, decoded, without byte order mark
 * @param sections its headers and their entries, in order
 * @param links every link, image, HTML {@code src} or {@code href} and bare URL, in document order
 * @param strayBlocks the blocks that are none of the parts of an entry, in order
 * @param suppressions its suppression comments, in order
 * @since 0.1.0
 */
public record DigestFile(
    DigestSource source,
    String text,
    List<Section> sections,
    List<Link> links,
    List<StrayBlock> strayBlocks,
    List<Suppression> suppressions) {

  /**
   * Checks the record's invariants, and copies the lists.
   *
   * @param source where it came from
   * @param text its text, decoded, without byte order mark
   * @param sections its headers and their entries, in order
   * @param links every link, image, HTML {@code src} or {@code href} and bare URL, in document
   *     order
   * @param strayBlocks the blocks that are none of the parts of an entry, in order
   * @param suppressions its suppression comments, in order
   * @throws NullPointerException if a component is {@code null} or an element is
   * @since 0.1.0
   */
  public DigestFile {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    sections = List.copyOf(sections);
    links = List.copyOf(links);
    strayBlocks = List.copyOf(strayBlocks);
    suppressions = List.copyOf(suppressions);
  }

  /**
   * The file's path relative to the checked folder, written with {@code /}.
   *
   * @return the path
   * @since 0.1.0
   */
  public String path() {
    return source.path();
  }

  /**
   * Every header of the file, in order.
   *
   * @return the headers, unmodifiable
   * @since 0.1.0
   */
  public List<DateHeader> headers() {
    List<DateHeader> headers = new ArrayList<>(sections.size());
    for (Section section : sections) {
      section.header().ifPresent(headers::add);
    }
    return Collections.unmodifiableList(headers);
  }

  /**
   * Every entry of the file, in order.
   *
   * @return the entries, unmodifiable
   * @since 0.1.0
   */
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
  /**
   * A hash of the file's source, the length of its text and its numbers of sections and links: two
   * parses of one text are equal, and a text of megabytes is not hashed whole.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return Objects.hash(source, text.length(), sections.size(), links.size());
  }

  /**
   * Whether {@code o} is a digest file with the same components.
   *
   * @param o the object to compare with
   * @return whether it is equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof DigestFile other
        && source.equals(other.source)
        && text.equals(other.text)
        && sections.equals(other.sections)
        && links.equals(other.links)
        && strayBlocks.equals(other.strayBlocks)
        && suppressions.equals(other.suppressions);
  }
}
