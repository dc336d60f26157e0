package org.paperdigest.digest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.paperdigest.digest.model.DigestFile;

/**
 * How {@link DigestChecker#check(Path, List, CheckOptions)} runs beyond what the configuration
 * says: who sees each parsed file, which result cache it uses, what it checks online, and which
 * files' findings it keeps. Built once with {@link #builder()}; immutable.
 *
 * @since 0.1.0
 */
public final class CheckOptions {

  private static final CheckOptions DEFAULTS = builder().build();

  private final Consumer<DigestFile> listener;
  private final ResultCache cache;
  private final OnlineCheck online;
  private final Predicate<String> scope;

  private CheckOptions(Builder builder) {
    this.listener = builder.listener;
    this.cache = builder.cache;
    this.online = builder.online;
    this.scope = builder.scope;
  }

  /**
   * Options that check every file, with no listener, cache or online check.
   *
   * @return the defaults; never {@code null}
   * @since 0.1.0
   */
  public static CheckOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder that starts from {@link #defaults()}.
   *
   * @return a new builder; never {@code null}
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  Consumer<DigestFile> listener() {
    return listener;
  }

  Optional<ResultCache> cache() {
    return Optional.ofNullable(cache);
  }

  Optional<OnlineCheck> online() {
    return Optional.ofNullable(online);
  }

  Predicate<String> scope() {
    return scope;
  }

  /**
   * Builds {@link CheckOptions}. Not thread-safe; {@link #build()} may be called more than once.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private Consumer<DigestFile> listener = file -> {};
    private ResultCache cache;
    private OnlineCheck online;
    private Predicate<String> scope = path -> true;

    private Builder() {}

    /**
     * Hands each file parsed in the run to {@code listener} before the file is dropped (to collect
     * its links for an online check, say). It is called from the checker's worker threads, so it
     * must be thread-safe, and must not keep whole files. Files taken from a {@linkplain #cache
     * cache} are not parsed, and it does not see them.
     *
     * @param listener what sees each parsed file
     * @return this builder
     * @throws NullPointerException if {@code listener} is {@code null}
     * @since 0.1.0
     */
    public Builder listener(Consumer<DigestFile> listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Takes the results of files whose bytes are unchanged from {@code cache} instead of parsing
     * and validating them again, and records the others in it; the result is the same as without a
     * cache. The caller saves the cache after the check.
     *
     * @param cache the cache to use, or {@code null} for none
     * @return this builder
     * @since 0.1.0
     */
    public Builder cache(ResultCache cache) {
      this.cache = cache;
      return this;
    }

    /**
     * Runs {@code online} once every file is checked, adds its findings and holds each entry to the
     * record of its paper that it answers with (see {@link OnlineCheck}).
     *
     * @param online the online check, or {@code null} for none
     * @return this builder
     * @since 0.1.0
     */
    public Builder online(OnlineCheck online) {
      this.online = online;
      return this;
    }

    /**
     * Keeps only the findings in files whose path (relative to the checked folder, with {@code /})
     * {@code scope} accepts, and counts only those files as checked: a check of the files a change
     * touched, say. Every file still takes part in the rules that compare files (DG113).
     *
     * @param scope which paths' findings are kept
     * @return this builder
     * @throws NullPointerException if {@code scope} is {@code null}
     * @since 0.1.0
     */
    public Builder scope(Predicate<String> scope) {
      this.scope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /**
     * The options as set.
     *
     * @return the options; never {@code null}
     * @throws IllegalStateException if both a cache and an online check are set: an online check
     *     needs every file parsed, which a cache is there to avoid
     * @since 0.1.0
     */
    public CheckOptions build() {
      if (cache != null && online != null) {
        throw new IllegalStateException(
            "a result cache and an online check cannot be combined: the online check needs every"
                + " file parsed");
      }
      return new CheckOptions(this);
    }
  }
}
