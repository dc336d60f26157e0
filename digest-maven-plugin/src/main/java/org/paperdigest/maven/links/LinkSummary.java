package org.paperdigest.maven.links;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Rule;

/** The closing log line of a link check. */
final class LinkSummary {

  private LinkSummary() {}

  static String of(LinkReport report, List<Finding> findings) {
    Map<Rule, Integer> byRule = new EnumMap<>(Rule.class);
    findings.forEach(f -> byRule.merge(f.rule(), 1, Integer::sum));
    String counts =
        byRule.isEmpty()
            ? "no findings"
            : byRule.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().id() + " " + e.getKey().ruleName())
                .collect(Collectors.joining(", "));
    String slowest =
        report.meanTimePerHost().entrySet().stream()
            .limit(3)
            .map(e -> e.getKey() + " " + millis(e.getValue()))
            .collect(Collectors.joining(", "));
    return String.format(
            Locale.ROOT,
            "Checked %d distinct link(s) (%d URL(s), %d arXiv paper(s); %d occurrence(s)) in %.1f s: %s;"
                + " %d from the cache, %d arXiv API request(s), at most %d request(s) in flight",
            report.distinctUrls() + report.arxivIds(),
            report.distinctUrls(),
            report.arxivIds(),
            report.occurrences(),
            report.elapsed().toMillis() / 1000.0,
            counts,
            report.cacheHits(),
            report.arxivRequests(),
            report.maxInFlight())
        + (slowest.isEmpty() ? "" : "; slowest hosts (mean): " + slowest)
        + (report.botWalls() == 0
            ? ""
            : "; "
                + report.botWalls()
                + " URL(s) behind bot walls (unverified, DG204): the sites refuse automated"
                + " requests; accept their answer per host if the links are known to work, e.g."
                + " -Ddigest.acceptedStatus=200..299,www.linkedin.com:999");
  }

  private static String millis(Duration d) {
    return d.toMillis() + " ms";
  }
}
