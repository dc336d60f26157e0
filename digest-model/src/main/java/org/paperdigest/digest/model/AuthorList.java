package org.paperdigest.digest.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An {@code Authors:} line and its items in order. A value written as code, such as {@code ['Ada
 * Lovelace', 'and Alan Turing']} (a bot that printed a list of strings), is read for the names
 * inside: the items hold the names, and {@code notation} says how the line is written instead.
 *
 * @param position where the line's label starts
 * @param items the comma-separated items, in order: names, empty items, the {@code +} of a cut list
 * @param notation how the value is written as code; empty for a plain list of names
 * @param notationPosition where the code notation first shows (the bracket, the first quote, the
 *     first {@code and}); {@code position} for a plain list
 * @since 0.1.0
 */
public record AuthorList(
    SourcePosition position,
    List<AuthorItem> items,
    Set<Notation> notation,
    SourcePosition notationPosition) {

  /**
   * How an author line is written as code rather than as a list of names.
   *
   * @since 0.1.0
   */
  public enum Notation {
    /** The value is wrapped in {@code [...]}. */
    BRACKETS,
    /** Items are wrapped in quotes: {@code 'Ada Lovelace'}. */
    QUOTES,
    /** An item starts with {@code and }: {@code and Alan Turing}. */
    AND_PREFIX
  }

  /**
   * Checks the record's invariants, and copies the list and set.
   *
   * @param position where the line's label starts
   * @param items the comma-separated items, in order: names, empty items, the {@code +} of a cut
   *     list
   * @param notation how the value is written as code; empty for a plain list of names
   * @param notationPosition where the code notation first shows (the bracket, the first quote, the
   *     first {@code and}); {@code position} for a plain list
   * @throws NullPointerException if a component is {@code null} or an item is
   * @since 0.1.0
   */
  public AuthorList {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(notationPosition, "notationPosition");
    items = List.copyOf(items);
    notation =
        notation.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(notation));
  }

  /**
   * A plain list of names, with no code notation.
   *
   * @param position where the line's label starts
   * @param items the items, in order
   * @throws NullPointerException if an argument or an item is {@code null}
   * @since 0.1.0
   */
  public AuthorList(SourcePosition position, List<AuthorItem> items) {
    this(position, items, Set.of(), position);
  }

  /**
   * The items that are names, in order.
   *
   * @return the names, unmodifiable; empty when the line holds none
   * @since 0.1.0
   */
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
