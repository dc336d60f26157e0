package org.paperdigest.digest.internal.rules;

import java.util.List;
import java.util.regex.Pattern;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.Entry;
import org.paperdigest.digest.model.Section;

/**
 * Where each rule is implemented, every rule of the catalogue: most are a check of one part of a
 * file ({@link RuleCheck}) that the validator runs file by file; the others are a step of the run
 * ({@link RunStep}): reading a file (DG000), applying the suppression comments (DG007), comparing
 * files (DG113), holding entries to their papers' records (DG116, DG121, DG122), and requesting
 * links (DG203, DG204, DG205, DG208, in the Maven plugin). A rule left out does not compile.
 */
public final class CheckCatalog {

  /** A rule's implementation. */
  public sealed interface Implementation permits RuleCheck, RunStep {}

  /**
   * A rule that is a step of the run: {@code where} names the class that reports it (a class of the
   * Maven plugin for the link requests).
   */
  public record RunStep(String where) implements Implementation {}

  private CheckCatalog() {}

  /** Whether the rule is checked per file by the validator. */
  public static boolean isPerFile(Rule rule) {
    return of(rule, List.of()) instanceof RuleCheck;
  }

  /** The check of a per-file rule; {@code options} are the rule's settings (DG102: patterns). */
  public static RuleCheck<?> create(Rule rule, List<String> options) {
    if (of(rule, options) instanceof RuleCheck<?> check) {
      return check;
    }
    throw new IllegalArgumentException(rule + " is not a per-file rule");
  }

  /** Where {@code rule} is implemented; {@code options} are its settings (DG102: patterns). */
  public static Implementation of(Rule rule, List<String> options) {
    return switch (rule) {
      case DG000 -> step(org.paperdigest.digest.internal.DigestFileCheck.class);
      case DG007 -> step(org.paperdigest.digest.internal.SuppressionFilter.class);
      case DG113 -> step(DuplicatePapers.class);
      case DG116, DG121, DG122 -> step(org.paperdigest.digest.internal.records.RecordRules.class);
      case DG203, DG204, DG205, DG208 -> new RunStep("org.paperdigest.maven.links.LinkChecker");
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
    };
  }

  private static RunStep step(Class<?> where) {
    return new RunStep(where.getName());
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
