package org.paperdigest.digest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.paperdigest.digest.internal.PathGlob;

/**
 * What to check and how seriously: per-rule severity or {@code off}, for every file or for the
 * files a path pattern matches, and the accepted paper URL patterns. Settings apply in order, the
 * last one that names a rule and matches a file winning, as markdownlint-cli2's {@code overrides}
 * do. Built once with {@link #builder()}, immutable, safe to share across threads.
 *
 * @since 0.1.0
 */
public final class ValidationConfig {

  /**
   * The default accepted paper URL: an arXiv abstract page; its {@code id} group must be a valid
   * arXiv id.
   *
   * @since 0.1.0
   */
  public static final String DEFAULT_PAPER_URL = "https://arxiv\\.org/abs/(?<id>[^?#]+)";

  /** A severity, or empty for off, that applies to the files {@code files} matches. */
  private record Scoped(PathGlob files, Optional<Severity> severity) {}

  /** Per rule: the setting for every file, then the path-scoped ones made after it, in order. */
  private final Map<Rule, Optional<Severity>> everywhere;

  private final Map<Rule, List<Scoped>> scoped;
  private final List<Pattern> paperUrlPatterns;

  private ValidationConfig(Builder builder) {
    this.everywhere = new EnumMap<>(builder.everywhere);
    Map<Rule, List<Scoped>> byRule = new EnumMap<>(Rule.class);
    builder.scoped.forEach((rule, list) -> byRule.put(rule, List.copyOf(list)));
    this.scoped = byRule;
    this.paperUrlPatterns = List.copyOf(builder.paperUrlPatterns);
  }

  /**
   * A builder that starts from every rule on at its default severity and arXiv abstract pages as
   * paper URLs.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Every rule at its default severity, arXiv abstract pages as paper URLs.
   *
   * @return the default configuration
   * @since 0.1.0
   */
  public static ValidationConfig defaults() {
    return builder().build();
  }

  /**
   * Whether the rule runs for some file: on for every file, or for the files of some pattern.
   *
   * @param rule the rule
   * @return whether it is on anywhere
   * @throws NullPointerException if {@code rule} is {@code null}
   * @since 0.1.0
   */
  public boolean isEnabled(Rule rule) {
    if (severityOf(rule).isPresent()) {
      return true;
    }
    for (Scoped s : scoped.getOrDefault(rule, List.of())) {
      if (s.severity().isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the rule is on for the file at {@code path}.
   *
   * @param rule the rule
   * @param path the file's path relative to the checked folder, written with {@code /}
   * @return whether it is on there
   * @throws NullPointerException if an argument is {@code null}
   * @since 0.1.0
   */
  public boolean isEnabled(Rule rule, String path) {
    return severityOf(rule, path).isPresent();
  }

  /**
   * The rule's severity for the files no path-scoped setting of the rule matches.
   *
   * @param rule the rule
   * @return the severity, or empty where the rule is off
   * @throws NullPointerException if {@code rule} is {@code null}
   * @since 0.1.0
   */
  public Optional<Severity> severityOf(Rule rule) {
    return everywhere.getOrDefault(rule, Optional.of(rule.defaultSeverity()));
  }

  /**
   * The rule's severity for the file at {@code path}: that of the last setting of the rule whose
   * pattern matches the path, or else the one for every file.
   *
   * @param rule the rule
   * @param path the file's path relative to the checked folder, written with {@code /}
   * @return the severity, or empty where the rule is off
   * @throws NullPointerException if an argument is {@code null}
   * @since 0.1.0
   */
  public Optional<Severity> severityOf(Rule rule, String path) {
    List<Scoped> list = scoped.get(rule);
    if (list != null) {
      for (int i = list.size() - 1; i >= 0; i--) {
        if (list.get(i).files().matches(path)) {
          return list.get(i).severity();
        }
      }
    }
    return severityOf(rule);
  }

  /**
   * Whether a setting names {@code rule} for the file at {@code path}: its severity was chosen, not
   * left at the default (a floor a rule puts on a worse case, DG111's mid-list {@code +}, gives way
   * to a chosen severity).
   */
  boolean isSet(Rule rule, String path) {
    if (everywhere.containsKey(rule)) {
      return true;
    }
    for (Scoped s : scoped.getOrDefault(rule, List.of())) {
      if (s.files().matches(path)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a check of these settings runs {@code rule} on the file at {@code path}: the rule is on
   * there, and it needs no network or the check is {@code online}.
   *
   * @param rule the rule
   * @param path the file's path relative to the checked folder, written with {@code /}
   * @param online whether links are checked online
   * @return whether the rule runs there
   * @throws NullPointerException if {@code rule} or {@code path} is {@code null}
   * @since 0.1.0
   */
  public boolean runs(Rule rule, String path, boolean online) {
    return (online || !rule.online()) && isEnabled(rule, path);
  }

  /**
   * The rules a check of these settings runs on some file: those on for some file, the online ones
   * only when the check is {@code online}.
   *
   * @param online whether links are checked online
   * @return the rules, in catalogue order; never {@code null}
   * @since 0.1.0
   */
  public Set<Rule> rulesRun(boolean online) {
    Set<Rule> run = EnumSet.noneOf(Rule.class);
    for (Rule rule : Rule.values()) {
      if ((online || !rule.online()) && isEnabled(rule)) {
        run.add(rule);
      }
    }
    return Collections.unmodifiableSet(run);
  }

  /** Whether some rule's setting depends on the file's path. */
  boolean isPathScoped() {
    return !scoped.isEmpty();
  }

  /**
   * Accepted paper URL patterns, matched against the whole URL. A pattern with a named group {@code
   * id} also requires that group to be a valid arXiv id.
   */
  List<Pattern> paperUrlPatterns() {
    return paperUrlPatterns;
  }

  /**
   * A stable text of everything in these settings that changes what a check reports: equal for
   * equal settings, whatever order they were made in where that order does not matter, and
   * different when it changes findings. A result cache of one key is not used under another.
   *
   * @return the key; never {@code null}
   * @since 0.1.0
   */
  public String cacheKey() {
    StringBuilder text = new StringBuilder();
    for (Rule rule : Rule.values()) {
      text.append(rule.id())
          .append('=')
          .append(severityOf(rule).map(Severity::label).orElse("off"));
      text.append(';');
      for (Scoped s : scoped.getOrDefault(rule, List.of())) {
        text.append(s.files())
            .append(':')
            .append(rule.id())
            .append('=')
            .append(s.severity().map(Severity::label).orElse("off"))
            .append(';');
      }
    }
    paperUrlPatterns.forEach(p -> text.append(p.pattern()).append(';'));
    return text.toString();
  }

  /**
   * Collects settings; {@link #build()} checks them. Not thread-safe; it may build several
   * configurations.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Map<Rule, Optional<Severity>> everywhere = new EnumMap<>(Rule.class);
    private final Map<Rule, List<Scoped>> scoped = new EnumMap<>(Rule.class);
    private final List<Pattern> paperUrlPatterns = new ArrayList<>();
    private boolean customPatterns;

    private Builder() {
      paperUrlPatterns.add(Pattern.compile(DEFAULT_PAPER_URL));
    }

    /**
     * Sets a rule's severity for every file, replacing its earlier settings.
     *
     * @param rule the rule
     * @param severity its severity
     * @return this builder
     * @throws NullPointerException if an argument is {@code null}
     * @since 0.1.0
     */
    public Builder severity(Rule rule, Severity severity) {
      return set(rule, Optional.of(severity));
    }

    /**
     * Turns a rule off for every file, replacing its earlier settings.
     *
     * @param rule the rule
     * @return this builder
     * @throws NullPointerException if {@code rule} is {@code null}
     * @since 0.1.0
     */
    public Builder disable(Rule rule) {
      return set(rule, Optional.empty());
    }

    private Builder set(Rule rule, Optional<Severity> severity) {
      // A setting for every file overrides whatever path-scoped setting came before it.
      everywhere.put(rule, severity);
      scoped.remove(rule);
      return this;
    }

    /**
     * Sets a rule's severity, or turns it off, for the files whose path relative to the checked
     * folder matches {@code glob} (patterns as {@link #rule(String)} takes them). A later setting
     * of the rule wins where both apply.
     *
     * @param glob the path pattern
     * @param rule the rule
     * @param severity its severity there, or empty for off
     * @return this builder
     * @throws IllegalArgumentException if the pattern is not usable
     * @throws NullPointerException if an argument is {@code null}
     * @since 0.1.0
     */
    public Builder forPaths(String glob, Rule rule, Optional<Severity> severity) {
      PathGlob files;
      try {
        files = PathGlob.of(glob);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "rule setting '" + glob + ":" + rule.id() + "': " + e.getMessage(), e);
      }
      scoped.computeIfAbsent(rule, r -> new ArrayList<>()).add(new Scoped(files, severity));
      return this;
    }

    /**
     * Applies one setting as users write it: {@code DG110=warning}, {@code duplicate-author=off},
     * or for the files a path pattern matches, {@code paper_logs/2023/11/**:DG105=off}. Patterns
     * are relative to the checked folder: {@code *} within a name, {@code **} across folders,
     * {@code {a,b}} for either; a folder without wildcards means everything under it. Later
     * settings win over earlier ones where both apply.
     *
     * @param setting the setting
     * @return this builder
     * @throws IllegalArgumentException naming the bad part when the setting is not understood
     * @throws NullPointerException if {@code setting} is {@code null}
     * @since 0.1.0
     */
    public Builder rule(String setting) {
      int eq = setting.lastIndexOf('=');
      int valueSeparator = eq >= 0 ? eq : setting.lastIndexOf(':');
      if (valueSeparator < 0) {
        throw new IllegalArgumentException(
            "rule setting '"
                + setting
                + "' must look like DG110=warning, duplicate-author=off or"
                + " paper_logs/2023/**:DG105=off");
      }
      String key = setting.substring(0, valueSeparator);
      String value = setting.substring(valueSeparator + 1).trim();
      Optional<Severity> severity =
          value.equalsIgnoreCase("off") ? Optional.empty() : Optional.of(Severity.parse(value));
      int scope = key.lastIndexOf(':');
      if (scope < 0) {
        return set(Rule.lookup(key), severity);
      }
      return forPaths(key.substring(0, scope), Rule.lookup(key.substring(scope + 1)), severity);
    }

    /**
     * Replaces the default paper URL pattern with these regular expressions (the first call
     * replaces it; later ones add). A pattern with a named group {@code id} also requires that
     * group to be a valid arXiv id.
     *
     * @param regexes regular expressions matched against a title link's whole URL
     * @return this builder
     * @throws IllegalArgumentException naming the pattern that does not compile
     * @throws NullPointerException if {@code regexes} or one of them is {@code null}
     * @since 0.1.0
     */
    public Builder acceptedPaperUrls(List<String> regexes) {
      if (!customPatterns) {
        paperUrlPatterns.clear();
        customPatterns = true;
      }
      for (String regex : regexes) {
        try {
          paperUrlPatterns.add(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException(
              "accepted paper URL '"
                  + regex
                  + "' is not a regular expression: "
                  + e.getDescription(),
              e);
        }
      }
      return this;
    }

    /**
     * The configuration as set; the builder can go on to build others.
     *
     * @return the configuration; immutable
     * @throws IllegalArgumentException if no accepted paper URL pattern is left
     * @since 0.1.0
     */
    public ValidationConfig build() {
      if (paperUrlPatterns.isEmpty()) {
        throw new IllegalArgumentException("at least one accepted paper URL pattern is needed");
      }
      return new ValidationConfig(this);
    }
  }
}
