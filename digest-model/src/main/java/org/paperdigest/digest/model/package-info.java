/**
 * A parsed digest as immutable records: a {@link org.paperdigest.digest.model.DigestFile} of {@link
 * org.paperdigest.digest.model.Section}s (a date header and its entries), each {@link
 * org.paperdigest.digest.model.Entry} with its title, media, votes, authors and summary, every link
 * of the file, and its suppression comments. Every part carries the 1-based line and column where
 * it is written ({@link org.paperdigest.digest.model.SourcePosition}). The records describe the
 * digest as written, defects included; whether that is right is the rules' business.
 *
 * <p>Each record checks its invariants when it is made: components must not be {@code null} ({@link
 * NullPointerException}), lists are copied and unmodifiable, and what may be absent is an {@link
 * java.util.Optional}.
 *
 * @since 0.1.0
 */
package org.paperdigest.digest.model;
