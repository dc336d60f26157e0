package org.paperdigest.digest.internal.rules;

import java.util.List;
import java.util.regex.Pattern;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.Entry;
import org.paperdigest.digest.model.Section;

/**
 * Which check implements which rule, and on what part. Rules that span files or need every other
 * finding (DG000, DG007, DG113) and the online rules (which need the network) are not here: they
 * run outside the per-file validation.
 */
public final class CheckCatalog {

  private CheckCatalog() {}

  /** Whether the rule is checked per file by the validator. */
  public static boolean isPerFile(Rule rule) {
    return rule != Rule.DG000 && rule != Rule.DG007 && rule != Rule.DG113 && !rule.online();
  }

  /** The check of a per-file rule; {@code options} are the rule's settings (DG102: patterns). */
  public static RuleCheck<?> create(Rule rule, List<String> options) {
    return switch (rule) {
      case DG001 -> file(rule, HeaderChecks::missingHeader);
      case DG002 -> section(rule, HeaderChecks::invalidDate);
      case DG003 -> file(rule, HeaderChecks::datePathMismatch);
      case DG004 -> file(rule, HeaderChecks::repeatedHeader);
      case DG005 -> section(rule, HeaderChecks::emptyDigest);
      case DG006 -> file(rule, FileChecks::strayContent);
      case DG008 -> file(rule, FileChecks::invalidSuppression);
      case DG101 -> entry(rule, EntryChecks::malformedTitle);
      case DG102 ->
          entry(
              rule, EntryChecks.invalidPaperLink(options.stream().map(Pattern::compile).toList()));
      case DG103 -> entry(rule, EntryChecks::missingMedia);
      case DG104 -> entry(rule, EntryChecks::mediaMismatch);
      case DG105 -> entry(rule, EntryChecks::missingVotes);
      case DG106 -> entry(rule, EntryChecks::invalidVotes);
      case DG107 -> section(rule, EntryChecks::votesOrder);
      case DG108 -> entry(rule, AuthorListChecks::missingAuthors);
      case DG109 -> entry(rule, AuthorListChecks::emptyAuthor);
      case DG110 -> entry(rule, AuthorChecks::duplicateAuthor);
      case DG111 -> entry(rule, AuthorListChecks::truncatedAuthors);
      case DG112 -> entry(rule, EntryChecks::missingSummary);
      case DG114 -> file(rule, FileChecks::controlCharacter);
      case DG115 -> entry(rule, AuthorChecks::possibleDuplicateAuthor);
      case DG117 -> entry(rule, AuthorListChecks::authorListSyntax);
      case DG118 -> file(rule, MediaChecks::avatarAsMedia);
      case DG119 -> file(rule, MediaChecks::videoAsImage);
      case DG120 -> entry(rule, TextChecks::htmlInText);
      case DG201 -> file(rule, LinkChecks::malformedUrl);
      case DG202 -> file(rule, LinkChecks::urlGluedToText);
      case DG206 -> file(rule, LocalFiles::missingLocalFile);
      case DG207 -> file(rule, LinkChecks::insecureLink);
      case DG209 -> file(rule, LinkChecks::linkMissingParentheses);
      case DG000, DG007, DG113, DG116, DG121, DG122, DG203, DG204, DG205, DG208 ->
          throw new IllegalArgumentException(rule + " is not a per-file rule");
    };
  }

  private static RuleCheck<DigestFile> file(Rule rule, Check<DigestFile> check) {
    return new RuleCheck<>(rule, DigestFile.class, check);
  }

  private static RuleCheck<Section> section(Rule rule, Check<Section> check) {
    return new RuleCheck<>(rule, Section.class, check);
  }

  private static RuleCheck<Entry> entry(Rule rule, Check<Entry> check) {
    return new RuleCheck<>(rule, Entry.class, check);
  }
}
