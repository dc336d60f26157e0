package org.paperdigest.digest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule catalogue. Ids and names are a public contract: configuration, baselines and
 * suppressions name them, so they never change meaning. What each rule reports, in words and by
 * example, is in {@link #description()} and {@link #example()}: the one text of the SARIF rules, to
 * which a test holds the rule pages and README's index.
 */
public enum Rule {
  /** {@code unreadable-file}, an error by default. */
  DG000("unreadable-file", Severity.ERROR),
  /** {@code missing-date-header}, an error by default. */
  DG001("missing-date-header", Severity.ERROR),
  /** {@code invalid-date}, an error by default. */
  DG002("invalid-date", Severity.ERROR),
  /** {@code date-path-mismatch}, an error by default. */
  DG003("date-path-mismatch", Severity.ERROR),
  /** {@code repeated-date-header}, a warning by default. */
  DG004("repeated-date-header", Severity.WARNING),
  /** {@code empty-digest}, an error by default. */
  DG005("empty-digest", Severity.ERROR),
  /** {@code stray-content}, a warning by default. */
  DG006("stray-content", Severity.WARNING),
  /** {@code unused-suppression}, an info by default. */
  DG007("unused-suppression", Severity.INFO),
  /** {@code invalid-suppression}, a warning by default. */
  DG008("invalid-suppression", Severity.WARNING),
  /** {@code malformed-title}, an error by default. */
  DG101("malformed-title", Severity.ERROR),
  /** {@code invalid-paper-link}, an error by default. */
  DG102("invalid-paper-link", Severity.ERROR),
  /** {@code missing-media}, a warning by default. */
  DG103("missing-media", Severity.WARNING),
  /** {@code media-mismatch}, an error by default. */
  DG104("media-mismatch", Severity.ERROR),
  /** {@code missing-votes}, a warning by default. */
  DG105("missing-votes", Severity.WARNING),
  /** {@code invalid-votes}, an error by default. */
  DG106("invalid-votes", Severity.ERROR),
  /** {@code votes-order}, a warning by default. */
  DG107("votes-order", Severity.WARNING),
  /** {@code missing-authors}, an error by default. */
  DG108("missing-authors", Severity.ERROR),
  /** {@code empty-author}, an error by default. */
  DG109("empty-author", Severity.ERROR),
  /** {@code duplicate-author}, an error by default. */
  DG110("duplicate-author", Severity.ERROR),
  /** {@code truncated-authors}, an info by default. */
  DG111("truncated-authors", Severity.INFO),
  /** {@code missing-summary}, an error by default. */
  DG112("missing-summary", Severity.ERROR),
  /** {@code duplicate-paper}, an error by default. */
  DG113("duplicate-paper", Severity.ERROR),
  /** {@code control-character}, a warning by default. */
  DG114("control-character", Severity.WARNING),
  /** {@code possible-duplicate-author}, a warning by default. */
  DG115("possible-duplicate-author", Severity.WARNING),
  /** {@code title-mismatch}, a warning by default. */
  DG116("title-mismatch", Severity.WARNING),
  /** {@code author-list-syntax}, an error by default. */
  DG117("author-list-syntax", Severity.ERROR),
  /** {@code avatar-as-media}, a warning by default. */
  DG118("avatar-as-media", Severity.WARNING),
  /** {@code video-as-image}, an error by default. */
  DG119("video-as-image", Severity.ERROR),
  /** {@code html-in-text}, a warning by default. */
  DG120("html-in-text", Severity.WARNING),
  /** {@code author-mismatch}, a warning by default. */
  DG121("author-mismatch", Severity.WARNING),
  /** {@code author-order}, a warning by default. */
  DG122("author-order", Severity.WARNING),
  /** {@code malformed-url}, an error by default. */
  DG201("malformed-url", Severity.ERROR),
  /** {@code url-glued-to-text}, a warning by default. */
  DG202("url-glued-to-text", Severity.WARNING),
  /** {@code broken-link}, an error by default. */
  DG203("broken-link", Severity.ERROR),
  /** {@code unverified-link}, a warning by default. */
  DG204("unverified-link", Severity.WARNING),
  /** {@code redirected-link}, an info by default. */
  DG205("redirected-link", Severity.INFO),
  /** {@code missing-local-file}, an error by default. */
  DG206("missing-local-file", Severity.ERROR),
  /** {@code insecure-link}, a warning by default. */
  DG207("insecure-link", Severity.WARNING),
  /** {@code blocked-link}, a warning by default. */
  DG208("blocked-link", Severity.WARNING),
  /** {@code link-missing-parentheses}, a warning by default. */
  DG209("link-missing-parentheses", Severity.WARNING);

  private final String ruleName;
  private final Severity defaultSeverity;

  Rule(String ruleName, Severity defaultSeverity) {
    this.ruleName = ruleName;
    this.defaultSeverity = defaultSeverity;
  }

  /** The stable id, such as {@code DG110}. */
  public String id() {
    return name();
  }

  /** The stable name, such as {@code duplicate-author}. */
  public String ruleName() {
    return ruleName;
  }

  /** The severity the rule reports at unless configured otherwise. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** One or two sentences on what the rule reports. */
  public String description() {
    return RuleTexts.of(this).description();
  }

  /** A short example of what the rule reports. */
  public String example() {
    return RuleTexts.of(this).example();
  }

  /** Whether the rule needs the network: it runs only when links are checked online. */
  public boolean online() {
    return switch (this) {
      case DG116, DG121, DG122, DG203, DG204, DG205, DG208 -> true;
      default -> false;
    };
  }

  /** Whether {@code digest:fix} repairs what the rule reports. */
  public boolean fixable() {
    return switch (this) {
      case DG109, DG110, DG117, DG120, DG121, DG122, DG202, DG209 -> true;
      default -> false;
    };
  }

  /** Finds a rule by id ({@code DG110}, any case) or name ({@code duplicate-author}). */
  public static Optional<Rule> find(String idOrName) {
    String key = idOrName.trim();
    return Arrays.stream(values())
        .filter(
            r -> r.name().equalsIgnoreCase(key) || r.ruleName.equals(key.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /** Like {@link #find} but fails with a message that lists what is known. */
  public static Rule lookup(String idOrName) {
    return find(idOrName)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown rule '"
                        + idOrName
                        + "': use an id such as DG110 or a name such as duplicate-author"));
  }
}
