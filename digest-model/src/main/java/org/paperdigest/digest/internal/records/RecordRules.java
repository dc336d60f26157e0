package org.paperdigest.digest.internal.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.PaperRecord;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.Severity;
import org.paperdigest.digest.ValidationConfig;
import org.paperdigest.digest.internal.rules.AuthorChecks;
import org.paperdigest.digest.internal.rules.Hit;
import org.paperdigest.digest.model.AuthorList;
import org.paperdigest.digest.model.SourcePosition;

/**
 * The rules that hold each entry to its paper's record, once the records are known: DG116 (title),
 * DG121 and DG122 (authors), and DG110's exception, under which a name that the record lists as
 * many times is that many people, not a repeat.
 */
public final class RecordRules {

  private RecordRules() {}

  /**
   * {@code findings} (before suppression) with each claimed paper's record applied: the findings of
   * DG116, DG121 and DG122 added, and each DG110 finding of an entry whose paper has a record
   * dropped or narrowed to the names repeated beyond what the record lists.
   */
  public static List<Finding> apply(
      List<Finding> findings,
      List<EntryClaim> claims,
      Map<String, PaperRecord> records,
      ValidationConfig config) {
    if (records.isEmpty() || claims.isEmpty()) {
      return findings;
    }
    Map<String, Finding> repeats = new HashMap<>();
    for (Finding finding : findings) {
      if (finding.rule() == Rule.DG110) {
        repeats.put(finding.path() + ':' + finding.line(), finding);
      }
    }
    Map<Finding, Finding> replaced = new IdentityHashMap<>();
    List<Finding> added = new ArrayList<>();
    for (EntryClaim claim : claims) {
      PaperRecord record = records.get(claim.id());
      if (record == null) {
        continue;
      }
      claim.title().ifPresent(title -> title(claim, title, record, config, added));
      if (claim.authors().isPresent()) {
        AuthorList authors = claim.authors().get();
        Finding repeat = repeats.get(claim.path() + ':' + authors.position().line());
        if (repeat != null) {
          replaced.put(repeat, narrowed(repeat, claim, authors, record));
        }
        authors(claim, authors, record, config, added);
      }
    }
    List<Finding> all = new ArrayList<>(findings.size() + added.size());
    for (Finding finding : findings) {
      Finding kept = replaced.getOrDefault(finding, finding);
      if (kept != null) {
        all.add(kept);
      }
    }
    all.addAll(added);
    all.sort(Finding.ORDER);
    return all;
  }

  private static void title(
      EntryClaim claim,
      EntryClaim.TitleText title,
      PaperRecord record,
      ValidationConfig config,
      List<Finding> out) {
    if (TitleMatch.same(title.text(), record.title())) {
      return;
    }
    emit(
        Rule.DG116,
        claim.path(),
        title.position(),
        "the title \""
            + TitleMatch.display(title.text())
            + "\" differs from arXiv's \""
            + TitleMatch.display(record.title())
            + "\" for "
            + record.id(),
        "title of paper " + record.id(),
        config,
        out);
  }

  private static void authors(
      EntryClaim claim,
      AuthorList authors,
      PaperRecord record,
      ValidationConfig config,
      List<Finding> out) {
    AuthorMatch.compare(authors.items(), record.authors())
        .ifPresent(
            difference ->
                emit(
                    difference.rule(),
                    claim.path(),
                    authors.position(),
                    difference.rule() == Rule.DG121
                        ? "the author list differs from arXiv's for "
                            + record.id()
                            + ": "
                            + difference.message()
                        : difference.message(),
                    "authors of paper " + record.id(),
                    config,
                    out));
  }

  /**
   * The DG110 finding {@code repeat} as the record has it: {@code null} when the record lists every
   * repeated name as often, itself when the record changes nothing, else the names still repeated.
   */
  private static Finding narrowed(
      Finding repeat, EntryClaim claim, AuthorList authors, PaperRecord record) {
    Optional<Hit> hit = AuthorChecks.duplicateAuthor(authors.names(), record.authors());
    if (hit.isEmpty()) {
      return null;
    }
    if (hit.get().message().equals(repeat.message())) {
      return repeat;
    }
    SourcePosition at = hit.get().position();
    return new Finding(
        Rule.DG110,
        repeat.severity(),
        claim.path(),
        at.line(),
        at.column(),
        hit.get().message(),
        "paper " + claim.id() + ": " + hit.get().about());
  }

  private static void emit(
      Rule rule,
      String path,
      SourcePosition at,
      String message,
      String subject,
      ValidationConfig config,
      List<Finding> out) {
    Optional<Severity> severity = config.severityOf(rule, path);
    severity.ifPresent(
        s -> out.add(new Finding(rule, s, path, at.line(), at.column(), message, subject)));
  }
}
