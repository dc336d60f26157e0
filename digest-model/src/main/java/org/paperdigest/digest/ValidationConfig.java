package org.paperdigest.digest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What to check and how seriously: per-rule severity or {@code off}, and the accepted paper URL
 * patterns. Built once with {@link #builder()}, immutable, safe to share across threads.
 */
public final class ValidationConfig {

  /** The default accepted paper URL: an arXiv abstract page; {@code id} is checked separately. */
  public static final String DEFAULT_PAPER_URL = "https://arxiv\\.org/abs/(?<id>[^?#]+)";

  private final Map<Rule, Optional<Severity>> overrides;
  private final List<Pattern> paperUrlPatterns;

  private ValidationConfig(Builder builder) {
    this.overrides = Collections.unmodifiableMap(new EnumMap<>(builder.overrides));
    this.paperUrlPatterns = List.copyOf(builder.paperUrlPatterns);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every rule at its default severity, arXiv abstract pages as paper URLs. */
  public static ValidationConfig defaults() {
    return builder().build();
  }

  /** Whether the rule runs at all. */
  public boolean isEnabled(Rule rule) {
    return severityOf(rule).isPresent();
  }

  /** The rule's severity, empty when it is turned off. */
  public Optional<Severity> severityOf(Rule rule) {
    return overrides.getOrDefault(rule, Optional.of(rule.defaultSeverity()));
  }

  /**
   * Accepted paper URL patterns, matched against the whole URL. A pattern with a named group {@code
   * id} also requires that group to be a valid arXiv id.
   */
  public List<Pattern> paperUrlPatterns() {
    return paperUrlPatterns;
  }

  /** A stable text of everything that changes what the validator reports. */
  public String fingerprint() {
    StringBuilder text = new StringBuilder();
    for (Rule rule : Rule.values()) {
      text.append(rule.id())
          .append('=')
          .append(severityOf(rule).map(Severity::label).orElse("off"));
      text.append(';');
    }
    paperUrlPatterns.forEach(p -> text.append(p.pattern()).append(';'));
    return text.toString();
  }

  /** Collects settings; {@link #build()} checks them. */
  public static final class Builder {
    private final Map<Rule, Optional<Severity>> overrides = new EnumMap<>(Rule.class);
    private final List<Pattern> paperUrlPatterns = new ArrayList<>();
    private boolean customPatterns;

    private Builder() {
      paperUrlPatterns.add(Pattern.compile(DEFAULT_PAPER_URL));
    }

    /** Sets a rule's severity. */
    public Builder severity(Rule rule, Severity severity) {
      overrides.put(rule, Optional.of(severity));
      return this;
    }

    /** Turns a rule off. */
    public Builder disable(Rule rule) {
      overrides.put(rule, Optional.empty());
      return this;
    }

    /**
     * Applies one setting as users write it: {@code DG110=warning}, {@code duplicate-author=off}.
     *
     * @throws IllegalArgumentException naming the bad part when the setting is not understood
     */
    public Builder rule(String setting) {
      int eq = setting.indexOf('=');
      if (eq < 0) {
        eq = setting.indexOf(':');
      }
      if (eq < 0) {
        throw new IllegalArgumentException(
            "rule setting '" + setting + "' must look like DG110=warning or duplicate-author=off");
      }
      Rule rule = Rule.lookup(setting.substring(0, eq));
      String value = setting.substring(eq + 1).trim();
      return value.equalsIgnoreCase("off") ? disable(rule) : severity(rule, Severity.parse(value));
    }

    /** Replaces the default paper URL pattern with these regular expressions. */
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

    public ValidationConfig build() {
      if (paperUrlPatterns.isEmpty()) {
        throw new IllegalArgumentException("at least one accepted paper URL pattern is needed");
      }
      return new ValidationConfig(this);
    }
  }
}
