package org.paperdigest.maven.links.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The least time between two requests to a host, per host name covering its subdomains, written
 * {@code arxiv.org=250ms}. Immutable.
 */
public final class HostIntervals {

  private final Map<HostPattern, Duration> intervals;

  private HostIntervals(Map<HostPattern, Duration> intervals) {
    this.intervals = intervals;
  }

  /** Items such as {@code arxiv.org=250ms}. */
  public static HostIntervals parse(List<String> items) {
    Map<HostPattern, Duration> parsed = new LinkedHashMap<>();
    for (String item : items) {
      int eq = item.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("'" + item + "' must look like arxiv.org=250ms");
      }
      parsed.put(new HostPattern(item.substring(0, eq)), Durations.parse(item.substring(eq + 1)));
    }
    return new HostIntervals(Map.copyOf(new LinkedHashMap<>(parsed)));
  }

  /** The least time between two requests to {@code host}; zero when none is set. */
  public Duration intervalFor(String host) {
    for (Map.Entry<HostPattern, Duration> entry : intervals.entrySet()) {
      if (entry.getKey().matches(host)) {
        return entry.getValue();
      }
    }
    return Duration.ZERO;
  }
}
