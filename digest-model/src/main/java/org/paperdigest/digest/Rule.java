package org.paperdigest.digest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule catalogue: the one index of the rules. Each constant holds its rule's facts: its rule
 * name, default severity, the {@linkplain Part part} of a digest it is about, {@linkplain Check
 * when it runs}, and {@linkplain Fix whether digest:fix repairs it}. Ids and rule names are a
 * public contract: configuration, baselines and suppressions name them, so they never change
 * meaning. What each rule reports, in words and by example, is in {@link #description()} and {@link
 * #example()}: the one text of the SARIF rules, to which a test holds the rule pages and README's
 * index. Each rule's code, golden test folder ({@code dg110-duplicate-author}) and page ({@code
 * docs/rules/DG110.md}) share its id and name.
 *
 * @since 0.1.0
 */
public enum Rule {
  /** {@code unreadable-file}, an error by default: see {@code docs/rules/DG000.md}. */
  DG000("unreadable-file", Severity.ERROR, Part.FILE, Check.OFFLINE, Fix.NONE),
  /** {@code missing-date-header}, an error by default: see {@code docs/rules/DG001.md}. */
  DG001("missing-date-header", Severity.ERROR, Part.FILE, Check.OFFLINE, Fix.NONE),
  /** {@code invalid-date}, an error by default: see {@code docs/rules/DG002.md}. */
  DG002("invalid-date", Severity.ERROR, Part.FILE, Check.OFFLINE, Fix.NONE),
  /** {@code date-path-mismatch}, an error by default: see {@code docs/rules/DG003.md}. */
  DG003("date-path-mismatch", Severity.ERROR, Part.FILE, Check.OFFLINE, Fix.NONE),
  /** {@code repeated-date-header}, a warning by default: see {@code docs/rules/DG004.md}. */
  DG004("repeated-date-header", Severity.WARNING, Part.FILE, Check.OFFLINE, Fix.NONE),
  /** {@code empty-digest}, an error by default: see {@code docs/rules/DG005.md}. */
  DG005("empty-digest", Severity.ERROR, Part.FILE, Check.OFFLINE, Fix.NONE),
  /** {@code stray-content}, a warning by default: see {@code docs/rules/DG006.md}. */
  DG006("stray-content", Severity.WARNING, Part.FILE, Check.OFFLINE, Fix.NONE),
  /** {@code unused-suppression}, an info by default: see {@code docs/rules/DG007.md}. */
  DG007("unused-suppression", Severity.INFO, Part.FILE, Check.OFFLINE, Fix.NONE),
  /** {@code invalid-suppression}, a warning by default: see {@code docs/rules/DG008.md}. */
  DG008("invalid-suppression", Severity.WARNING, Part.FILE, Check.OFFLINE, Fix.NONE),
  /** {@code malformed-title}, an error by default: see {@code docs/rules/DG101.md}. */
  DG101("malformed-title", Severity.ERROR, Part.ENTRY, Check.OFFLINE, Fix.NONE),
  /** {@code invalid-paper-link}, an error by default: see {@code docs/rules/DG102.md}. */
  DG102("invalid-paper-link", Severity.ERROR, Part.ENTRY, Check.OFFLINE, Fix.NONE),
  /** {@code missing-media}, a warning by default: see {@code docs/rules/DG103.md}. */
  DG103("missing-media", Severity.WARNING, Part.ENTRY, Check.OFFLINE, Fix.NONE),
  /** {@code media-mismatch}, an error by default: see {@code docs/rules/DG104.md}. */
  DG104("media-mismatch", Severity.ERROR, Part.ENTRY, Check.OFFLINE, Fix.NONE),
  /** {@code missing-votes}, a warning by default: see {@code docs/rules/DG105.md}. */
  DG105("missing-votes", Severity.WARNING, Part.ENTRY, Check.OFFLINE, Fix.NONE),
  /** {@code invalid-votes}, an error by default: see {@code docs/rules/DG106.md}. */
  DG106("invalid-votes", Severity.ERROR, Part.ENTRY, Check.OFFLINE, Fix.NONE),
  /** {@code votes-order}, a warning by default: see {@code docs/rules/DG107.md}. */
  DG107("votes-order", Severity.WARNING, Part.ENTRY, Check.OFFLINE, Fix.NONE),
  /** {@code missing-authors}, an error by default: see {@code docs/rules/DG108.md}. */
  DG108("missing-authors", Severity.ERROR, Part.ENTRY, Check.OFFLINE, Fix.NONE),
  /** {@code empty-author}, an error by default: see {@code docs/rules/DG109.md}. */
  DG109("empty-author", Severity.ERROR, Part.ENTRY, Check.OFFLINE, Fix.OFFLINE),
  /** {@code duplicate-author}, an error by default: see {@code docs/rules/DG110.md}. */
  DG110("duplicate-author", Severity.ERROR, Part.ENTRY, Check.OFFLINE, Fix.OFFLINE),
  /** {@code truncated-authors}, an info by default: see {@code docs/rules/DG111.md}. */
  DG111("truncated-authors", Severity.INFO, Part.ENTRY, Check.OFFLINE, Fix.NONE),
  /** {@code missing-summary}, an error by default: see {@code docs/rules/DG112.md}. */
  DG112("missing-summary", Severity.ERROR, Part.ENTRY, Check.OFFLINE, Fix.NONE),
  /** {@code duplicate-paper}, an error by default: see {@code docs/rules/DG113.md}. */
  DG113("duplicate-paper", Severity.ERROR, Part.ENTRY, Check.OFFLINE, Fix.NONE),
  /** {@code control-character}, a warning by default: see {@code docs/rules/DG114.md}. */
  DG114("control-character", Severity.WARNING, Part.ENTRY, Check.OFFLINE, Fix.NONE),
  /** {@code possible-duplicate-author}, a warning by default: see {@code docs/rules/DG115.md}. */
  DG115("possible-duplicate-author", Severity.WARNING, Part.ENTRY, Check.OFFLINE, Fix.NONE),
  /** {@code title-mismatch}, a warning by default: see {@code docs/rules/DG116.md}. */
  DG116("title-mismatch", Severity.WARNING, Part.ENTRY, Check.ONLINE, Fix.NONE),
  /** {@code author-list-syntax}, an error by default: see {@code docs/rules/DG117.md}. */
  DG117("author-list-syntax", Severity.ERROR, Part.ENTRY, Check.OFFLINE, Fix.OFFLINE),
  /** {@code avatar-as-media}, a warning by default: see {@code docs/rules/DG118.md}. */
  DG118("avatar-as-media", Severity.WARNING, Part.ENTRY, Check.OFFLINE, Fix.NONE),
  /** {@code video-as-image}, an error by default: see {@code docs/rules/DG119.md}. */
  DG119("video-as-image", Severity.ERROR, Part.ENTRY, Check.OFFLINE, Fix.NONE),
  /** {@code html-in-text}, a warning by default: see {@code docs/rules/DG120.md}. */
  DG120("html-in-text", Severity.WARNING, Part.ENTRY, Check.OFFLINE, Fix.OFFLINE),
  /** {@code author-mismatch}, a warning by default: see {@code docs/rules/DG121.md}. */
  DG121("author-mismatch", Severity.WARNING, Part.ENTRY, Check.ONLINE, Fix.ONLINE),
  /** {@code author-order}, a warning by default: see {@code docs/rules/DG122.md}. */
  DG122("author-order", Severity.WARNING, Part.ENTRY, Check.ONLINE, Fix.ONLINE),
  /** {@code malformed-url}, an error by default: see {@code docs/rules/DG201.md}. */
  DG201("malformed-url", Severity.ERROR, Part.LINK, Check.OFFLINE, Fix.NONE),
  /** {@code url-glued-to-text}, a warning by default: see {@code docs/rules/DG202.md}. */
  DG202("url-glued-to-text", Severity.WARNING, Part.LINK, Check.OFFLINE, Fix.OFFLINE),
  /** {@code broken-link}, an error by default: see {@code docs/rules/DG203.md}. */
  DG203("broken-link", Severity.ERROR, Part.LINK, Check.ONLINE, Fix.NONE),
  /** {@code unverified-link}, a warning by default: see {@code docs/rules/DG204.md}. */
  DG204("unverified-link", Severity.WARNING, Part.LINK, Check.ONLINE, Fix.NONE),
  /** {@code redirected-link}, an info by default: see {@code docs/rules/DG205.md}. */
  DG205("redirected-link", Severity.INFO, Part.LINK, Check.ONLINE, Fix.NONE),
  /** {@code missing-local-file}, an error by default: see {@code docs/rules/DG206.md}. */
  DG206("missing-local-file", Severity.ERROR, Part.LINK, Check.OFFLINE, Fix.NONE),
  /** {@code insecure-link}, a warning by default: see {@code docs/rules/DG207.md}. */
  DG207("insecure-link", Severity.WARNING, Part.LINK, Check.OFFLINE, Fix.NONE),
  /** {@code blocked-link}, a warning by default: see {@code docs/rules/DG208.md}. */
  DG208("blocked-link", Severity.WARNING, Part.LINK, Check.ONLINE, Fix.NONE),
  /** {@code link-missing-parentheses}, a warning by default: see {@code docs/rules/DG209.md}. */
  DG209("link-missing-parentheses", Severity.WARNING, Part.LINK, Check.OFFLINE, Fix.OFFLINE);

  /**
   * What a rule's findings are about, as the catalogue groups them: a file's structure ({@code
   * DG0xx}), an entry ({@code DG1xx}) or a link ({@code DG2xx}).
   *
   * @since 0.1.0
   */
  public enum Part {
    /** A file's structure: its header, stray blocks, suppression comments. */
    FILE,
    /** An entry: its title, media, votes, authors and summary. */
    ENTRY,
    /** A link, image or bare URL; {@code links=off} turns every rule of this part off. */
    LINK
  }

  /**
   * When a rule runs: in every check, or only when links are checked online (it needs the network,
   * for the links it requests or for the papers' records it reads).
   *
   * @since 0.1.0
   */
  public enum Check {
    /** In every check: the files alone show what the rule reports. */
    OFFLINE,
    /** Only in an online check. */
    ONLINE
  }

  /**
   * Whether and how {@code digest:fix} repairs what a rule reports.
   *
   * @since 0.1.0
   */
  public enum Fix {
    /** Not repaired: what to write takes judgement. */
    NONE,
    /** Repaired from the file alone. */
    OFFLINE,
    /** Repaired from what an online check learns (arXiv's records): {@code links=online}. */
    ONLINE
  }

  private final String ruleName;
  private final Severity defaultSeverity;
  private final Part part;
  private final Check check;
  private final Fix fix;

  Rule(String ruleName, Severity defaultSeverity, Part part, Check check, Fix fix) {
    this.ruleName = ruleName;
    this.defaultSeverity = defaultSeverity;
    this.part = part;
    this.check = check;
    this.fix = fix;
  }

  /**
   * The stable id, such as {@code DG110}: the constant's {@link #name()}.
   *
   * @return the id; never {@code null}
   * @since 0.1.0
   */
  public String id() {
    return name();
  }

  /**
   * The stable rule name of the catalogue, such as {@code duplicate-author} (not the constant's
   * {@link #name()}, which is the id).
   *
   * @return the rule name; never {@code null}
   * @since 0.1.0
   */
  public String ruleName() {
    return ruleName;
  }

  /**
   * The severity the rule reports at unless configured otherwise.
   *
   * @return the default severity; never {@code null}
   * @since 0.1.0
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * What the rule's findings are about.
   *
   * @return the part of a digest; never {@code null}
   * @since 0.1.0
   */
  public Part part() {
    return part;
  }

  /**
   * When the rule runs.
   *
   * @return offline (every check) or online only; never {@code null}
   * @since 0.1.0
   */
  public Check check() {
    return check;
  }

  /**
   * Whether and how {@code digest:fix} repairs what the rule reports.
   *
   * @return how it is fixed; never {@code null}
   * @since 0.1.0
   */
  public Fix fix() {
    return fix;
  }

  /**
   * Whether the rule needs the network: it runs only when links are checked online.
   *
   * @return {@code check() == Check.ONLINE}
   * @since 0.1.0
   */
  public boolean online() {
    return check == Check.ONLINE;
  }

  /**
   * Whether {@code digest:fix} repairs what the rule reports, from the file or online.
   *
   * @return {@code fix() != Fix.NONE}
   * @since 0.1.0
   */
  public boolean fixable() {
    return fix != Fix.NONE;
  }

  /**
   * One or two sentences on what the rule reports.
   *
   * @return the description; never {@code null}
   * @since 0.1.0
   */
  public String description() {
    return RuleTexts.of(this).description();
  }

  /**
   * Markdown that the rule reports: its page's failing example ({@code docs/rules/<id>.md}), to
   * which the build holds it. Reports show it as the rule's help.
   *
   * @return the example; never {@code null}
   * @since 0.1.0
   */
  public String example() {
    return RuleTexts.of(this).example();
  }

  /**
   * Finds a rule by id ({@code DG110}, any case) or rule name ({@code duplicate-author}).
   *
   * @param idOrName an id or rule name, surrounding whitespace ignored
   * @return the rule, or empty when none has that id or name
   * @throws NullPointerException if {@code idOrName} is {@code null}
   * @since 0.1.0
   */
  public static Optional<Rule> find(String idOrName) {
    String key = idOrName.trim();
    return Arrays.stream(values())
        .filter(
            r -> r.name().equalsIgnoreCase(key) || r.ruleName.equals(key.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /**
   * Like {@link #find}, but fails with a message that says what is known.
   *
   * @param idOrName an id or rule name, surrounding whitespace ignored
   * @return the rule
   * @throws IllegalArgumentException if no rule has that id or name
   * @throws NullPointerException if {@code idOrName} is {@code null}
   * @since 0.1.0
   */
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
