package org.paperdigest.digest.model;

import java.util.List;
import java.util.Objects;

/**
 * One item of an entry's summary list (nested items included), with its own plain text and the raw
 * HTML in its own text (not in the items nested in it).
 */
public record SummaryItem(String text, SourcePosition position, List<RawHtml> html) {

  public SummaryItem {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(position, "position");
    html = List.copyOf(html);
  }
}
