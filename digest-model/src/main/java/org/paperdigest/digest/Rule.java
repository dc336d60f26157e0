package org.paperdigest.digest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule catalogue. Ids and names are a public contract: configuration, baselines and
 * suppressions name them, so they never change meaning.
 */
public enum Rule {
  /** {@code unreadable-file}, an error by default. */
  DG000(
      "unreadable-file",
      Severity.ERROR,
      "The file could not be read or decoded as UTF-8, or is not a regular text file.",
      "A byte 0xFF at offset 4096: save the file as UTF-8."),
  /** {@code missing-date-header}, an error by default. */
  DG001(
      "missing-date-header",
      Severity.ERROR,
      "No '## Daily Papers (YYYY-MM-DD)' header before the first entry.",
      "A file that starts with '### [Title](https://arxiv.org/abs/2401.02954)'."),
  /** {@code invalid-date}, an error by default. */
  DG002(
      "invalid-date",
      Severity.ERROR,
      "The header's date is not a real YYYY-MM-DD date.",
      "## Daily Papers (2024-02-30)"),
  /** {@code date-path-mismatch}, an error by default. */
  DG003(
      "date-path-mismatch",
      Severity.ERROR,
      "The first header's date differs from the date in the file's path (YYYY/MM/DD.md or"
          + " YYYY-MM-DD.md).",
      "paper_logs/2024/01/08.md holding '## Daily Papers (2024-01-09)'."),
  /** {@code repeated-date-header}, a warning by default. */
  DG004(
      "repeated-date-header",
      Severity.WARNING,
      "The file holds more than one digest header (the bot appended a second run).",
      "A second '## Daily Papers (2024-01-08)' further down the file."),
  /** {@code empty-digest}, an error by default. */
  DG005(
      "empty-digest",
      Severity.ERROR,
      "A digest header with no entry under it.",
      "'## Daily Papers (2024-01-08)' followed directly by the next header or the end of file."),
  /** {@code stray-content}, a warning by default. */
  DG006(
      "stray-content",
      Severity.WARNING,
      "A block between the header and the first entry, or inside an entry, that is none of the"
          + " parts of an entry.",
      "A '> quote' or a loose paragraph between 'Vote:' and 'Authors:'."),
  /** {@code unused-suppression}, an info by default. */
  DG007(
      "unused-suppression",
      Severity.INFO,
      "A suppression comment, or one rule it names, that suppressed no finding: remove it so"
          + " suppressions do not outlive the problems they hid. Rules that did not run (turned"
          + " off, or online rules in an offline check) are not reported.",
      "<!-- digest-disable-next-entry DG105 --> above an entry that has its Vote: line."),
  /** {@code invalid-suppression}, a warning by default. */
  DG008(
      "invalid-suppression",
      Severity.WARNING,
      "A suppression comment that cannot work: an unknown directive or rule, no rule named, a"
          + " digest-enable without a digest-disable, a digest-disable-next-entry with no entry"
          + " after it, or a rule that cannot be suppressed (DG000, DG007, DG008).",
      "<!-- digest-disable DG999 -->"),
  /** {@code malformed-title}, an error by default. */
  DG101(
      "malformed-title",
      Severity.ERROR,
      "The level-3 heading is not exactly one link with a non-blank text.",
      "### Paper title without a link"),
  /** {@code invalid-paper-link}, an error by default. */
  DG102(
      "invalid-paper-link",
      Severity.ERROR,
      "The title's link is not an accepted paper URL (by default https://arxiv.org/abs/<id> with a"
          + " valid arXiv id).",
      "### [Title](https://arxiv.org/abs/2413.00001) (there is no month 13)"),
  /** {@code missing-media}, a warning by default. */
  DG103(
      "missing-media",
      Severity.WARNING,
      "The entry has no image and no video.",
      "An entry whose heading is followed directly by 'Vote: 12'."),
  /** {@code media-mismatch}, an error by default. */
  DG104(
      "media-mismatch",
      Severity.ERROR,
      "A video link and its <video src> name different files, or a paper thumbnail names another"
          + " paper's id.",
      "[Watch Video](https://host/a.mp4) followed by <video src=\"https://host/b.mp4\">."),
  DG105("missing-votes", Severity.WARNING, "No 'Vote:' line, or 'Vote: -'.", "Vote: -"),
  /** {@code invalid-votes}, an error by default. */
  DG106(
      "invalid-votes",
      Severity.ERROR,
      "A 'Vote:' value that is neither a non-negative integer nor '-'.",
      "Vote: twelve"),
  /** {@code votes-order}, a warning by default. */
  DG107(
      "votes-order",
      Severity.WARNING,
      "This entry has more votes than the entry before it in the same section.",
      "Vote: 3 on one entry and Vote: 40 on the next."),
  DG108("missing-authors", Severity.ERROR, "No 'Authors:' line, or one with no name.", "Authors:"),
  /** {@code empty-author}, an error by default. */
  DG109(
      "empty-author",
      Severity.ERROR,
      "An empty item in the author list.",
      "Authors: Ada Lovelace, , Alan Turing"),
  /** {@code duplicate-author}, an error by default. */
  DG110(
      "duplicate-author",
      Severity.ERROR,
      "A name occurs more than once in the entry's author list (after NFC normalisation and"
          + " whitespace folding). Fixable.",
      "Authors: Liang Wang, Liang Wang, Nan Yang"),
  /** {@code truncated-authors}, an info by default. */
  DG111(
      "truncated-authors",
      Severity.INFO,
      "The author list holds the '+' marker: it was cut. A '+' that is not last is a warning.",
      "Authors: Ada Lovelace, Alan Turing, +"),
  /** {@code missing-summary}, an error by default. */
  DG112(
      "missing-summary",
      Severity.ERROR,
      "No summary list after the authors, or a list item with no text.",
      "An entry that ends with its 'Authors:' line."),
  /** {@code duplicate-paper}, an error by default. */
  DG113(
      "duplicate-paper",
      Severity.ERROR,
      "The same paper (arXiv id without version) occurs again, in this file or another checked"
          + " file; reported on the later occurrence.",
      "2401.02954 in paper_logs/2024/01/08.md and again in paper_logs/2024/01/09.md."),
  /** {@code control-character}, a warning by default. */
  DG114(
      "control-character",
      Severity.WARNING,
      "A line whose text holds a control character (U+0000-U+001F other than leading indentation"
          + " and line ends, U+007F), U+FFFD, or an invisible format character: zero-width spaces"
          + " and joiners (U+200B-U+200F), bidirectional controls (U+202A-U+202E, U+2066-U+2069),"
          + " invisible operators (U+2060-U+2064), or a byte order mark after the file's start.",
      "A title holding a backspace (U+0008) where '\\b' was meant."),
  /** {@code possible-duplicate-author}, a warning by default. */
  DG115(
      "possible-duplicate-author",
      Severity.WARNING,
      "Two names in one list that differ only in case, diacritics, spacing or punctuation"
          + " (punctuation is dropped, not read as a space).",
      "Authors: Michael Kölle, Michael Kolle, Anna Gu-Lemberg, Anna GuLemberg"),
  /** {@code title-mismatch}, a warning by default. */
  DG116(
      "title-mismatch",
      Severity.WARNING,
      "The entry's title differs from the paper's title on arXiv (compared after normalising"
          + " whitespace, case and LaTeX/Markdown markup). Online checking only.",
      "### [Attention Is All You Ned](https://arxiv.org/abs/1706.03762)"),
  /** {@code author-list-syntax}, an error by default. */
  DG117(
      "author-list-syntax",
      Severity.ERROR,
      "The Authors: value is written as code, not as a list of names: wrapped in [...], items in"
          + " quotes, or an item that starts with 'and '. The names inside are what DG108-DG115"
          + " check. Fixable.",
      "Authors: ['Ada Lovelace', 'Alan Turing', 'and Grace Hopper']"),
  /** {@code avatar-as-media}, a warning by default. */
  DG118(
      "avatar-as-media",
      Severity.WARNING,
      "The entry's image is a user's avatar, not the paper's thumbnail: its path holds /avatars/"
          + " or its host is cdn-avatars.huggingface.co.",
      "![](/avatars/0f3c5d1e2b.svg)"),
  /** {@code video-as-image}, an error by default. */
  DG119(
      "video-as-image",
      Severity.ERROR,
      "An image whose URL names a video file (.mp4, .webm, .mov, .qt, .m4v, .ogv, .mkv, .avi):"
          + " it renders as a broken image.",
      "![](https://cdn-uploads.huggingface.co/production/uploads/abc/clip.qt)"),
  /** {@code html-in-text}, a warning by default. */
  DG120(
      "html-in-text",
      Severity.WARNING,
      "In a title or summary item, outside code spans, text that Markdown reads as raw HTML (a"
          + " tag such as <think>, </s>, <EOS>), which GitHub does not show. Fixable: the '<' is"
          + " escaped.",
      "- The model reasons inside <think> tags before it answers."),
  /** {@code malformed-url}, an error by default. */
  DG201(
      "malformed-url",
      Severity.ERROR,
      "A link that is not a valid absolute http/https URL, nor a relative path; the message names"
          + " the offending character and its column.",
      "[code](htps//github.com/org/repo)"),
  /** {@code url-glued-to-text}, a warning by default. */
  DG202(
      "url-glued-to-text",
      Severity.WARNING,
      "A bare URL that GitHub's autolinker runs on into the text after it: Korean text right after"
          + " the host, a closing bracket or quote, or a Korean particle after the path. Fixable:"
          + " the URL is wrapped as <URL>.",
      "https://project.github.io에서 (write <https://project.github.io>에서)"),
  /** {@code broken-link}, an error by default. */
  DG203(
      "broken-link",
      Severity.ERROR,
      "The target answered with a status that is not accepted, its host does not resolve, or the"
          + " connection was refused; an arXiv id the arXiv API does not know. Online checking"
          + " only.",
      "https://github.com/org/deleted-repo answering 404"),
  /** {@code unverified-link}, a warning by default. */
  DG204(
      "unverified-link",
      Severity.WARNING,
      "The check could not decide: a timeout, a reset connection or 408, 425, 429, 502, 503 or"
          + " 504 still after the retries, a bot wall (a Cloudflare challenge, LinkedIn's 999,"
          + " DataDome, AWS WAF), a TLS failure, no network. Never reported as broken.",
      "https://example.org/slow timing out three times"),
  /** {@code redirected-link}, an info by default. */
  DG205(
      "redirected-link",
      Severity.INFO,
      "A permanent redirect (301/308): the link should point to the new address.",
      "http://github.com/org/repo moved permanently to https://github.com/org/repo"),
  /** {@code missing-local-file}, an error by default. */
  DG206(
      "missing-local-file",
      Severity.ERROR,
      "A relative link or image whose file does not exist inside the repository (links that climb"
          + " out of it are errors too, and are never read).",
      "![](images/missing.png)"),
  DG207("insecure-link", Severity.WARNING, "An http:// link.", "http://github.com/org/repo"),
  /** {@code blocked-link}, a warning by default. */
  DG208(
      "blocked-link",
      Severity.WARNING,
      "The target resolves to a private, loopback or link-local address and was not requested"
          + " (allow-listed hosts excepted).",
      "http://192.168.1.1/admin"),
  /** {@code link-missing-parentheses}, a warning by default. */
  DG209(
      "link-missing-parentheses",
      Severity.WARNING,
      "A Markdown link that lost its parentheses: [text] followed directly by a URL, which renders"
          + " as bracketed text and a bare URL. A [Watch Video] one still counts as the entry's"
          + " video. Fixable.",
      "[Watch Video]https://cdn-uploads.huggingface.co/production/uploads/abc/v.mp4");

  private final String ruleName;
  private final Severity defaultSeverity;
  private final String description;
  private final String example;

  Rule(String ruleName, Severity defaultSeverity, String description, String example) {
    this.ruleName = ruleName;
    this.defaultSeverity = defaultSeverity;
    this.description = description;
    this.example = example;
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
    return description;
  }

  /** A short example of what the rule reports. */
  public String example() {
    return example;
  }

  /** Whether the rule needs the network: it runs only when links are checked online. */
  public boolean online() {
    return switch (this) {
      case DG116, DG203, DG204, DG205, DG208 -> true;
      default -> false;
    };
  }

  /** Whether {@code digest:fix} repairs what the rule reports. */
  public boolean fixable() {
    return switch (this) {
      case DG109, DG110, DG117, DG120, DG202, DG209 -> true;
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
