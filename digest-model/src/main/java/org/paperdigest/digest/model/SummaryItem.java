package org.paperdigest.digest.model;

import java.util.Objects;

/** One item of an entry's summary list (nested items included), with its own plain text. */
public record SummaryItem(String text, SourcePosition position) {

  public SummaryItem {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(position, "position");
  }
}
