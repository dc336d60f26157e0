package org.paperdigest.digest.internal.rules;

import java.util.function.Consumer;

/** One rule's check of one kind of digest part; reports each occurrence to {@code hits}. */
@FunctionalInterface
public interface Check<T> {
  void check(T target, Consumer<Hit> hits);
}
