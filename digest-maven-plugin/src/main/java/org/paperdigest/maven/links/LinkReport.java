package org.paperdigest.maven.links;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.PaperRecord;

/**
 * What an online link check found and how it went: findings, one per occurrence; the records of the
 * papers arXiv knows, by id; distinct URLs and arXiv ids; how many came from the cache; requests
 * made; the most requests in flight at once, overall and per host; the mean request time per host,
 * slowest first; and how many URLs sat behind bot walls.
 */
public record LinkReport(
    List<Finding> findings,
    Map<String, PaperRecord> records,
    int occurrences,
    int distinctUrls,
    int arxivIds,
    int cacheHits,
    int arxivRequests,
    int maxInFlight,
    Map<String, Integer> maxInFlightPerHost,
    Map<String, Duration> meanTimePerHost,
    boolean networkAbsent,
    int botWalls,
    Duration elapsed) {

  public LinkReport {
    findings = List.copyOf(findings);
    records = Map.copyOf(records);
    maxInFlightPerHost = Map.copyOf(maxInFlightPerHost);
  }
}
