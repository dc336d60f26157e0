package org.paperdigest.digest.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An {@code Authors:} line and its items in order. A value written as code, such as {@code ['Ada
 * Lovelace', 'and Alan Turing']}, is read for the names inside: the items hold the names, {@code
 * notation} says how the line departs from a plain list, and {@code notationPosition} points at the
 * first sign of it (the bracket, the first quote, the first {@code and}).
 */
public record AuthorList(
    SourcePosition position,
    List<AuthorItem> items,
    Set<Notation> notation,
    SourcePosition notationPosition) {

  /** How an author line is written as code rather than as a list of names. */
  public enum Notation {
    /** The value is wrapped in {@code [...]}. */
    BRACKETS,
    /** Items are wrapped in quotes: {@code 'Ada Lovelace'}. */
    QUOTES,
    /** An item starts with {@code and }: {@code and Alan Turing}. */
    AND_PREFIX
  }

  public AuthorList {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(notationPosition, "notationPosition");
    items = List.copyOf(items);
    notation =
        notation.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(notation));
  }

  /** A plain list of names, with no code notation. */
  public AuthorList(SourcePosition position, List<AuthorItem> items) {
    this(position, items, Set.of(), position);
  }

  /** The items that are names, in order. */
  public List<AuthorItem> names() {
    List<AuthorItem> names = new ArrayList<>(items.size());
    for (AuthorItem item : items) {
      if (item.isName()) {
        names.add(item);
      }
    }
    return Collections.unmodifiableList(names);
  }
}
