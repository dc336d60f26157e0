/**
 * The checks of daily paper digests as a library: {@link org.paperdigest.digest.DigestParser} reads
 * a digest's Markdown into the records of {@link org.paperdigest.digest.model}; {@link
 * org.paperdigest.digest.DigestValidator} runs the per-file rules of the catalogue ({@link
 * org.paperdigest.digest.Rule}) on one parsed file; {@link org.paperdigest.digest.DigestChecker}
 * checks folders of digests on disk, across files and, through an {@link
 * org.paperdigest.digest.OnlineCheck}, against papers' records; {@link
 * org.paperdigest.digest.DigestFixer} repairs what needs no judgement. {@link
 * org.paperdigest.digest.ValidationConfig} says which rules run, how seriously, and where.
 *
 * <p>Unless a method says otherwise, its arguments must not be {@code null} (it throws {@link
 * NullPointerException} for one that is) and it returns no {@code null}: what may be absent is an
 * {@link java.util.Optional}. Values are immutable and safe to share between threads; the classes
 * that do work say whether they are thread-safe. Everything outside this package and {@link
 * org.paperdigest.digest.model} is internal and may change in any release.
 *
 * @since 0.1.0
 */
package org.paperdigest.digest;
