package org.paperdigest.maven.links.http;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which final HTTP statuses count as a working link: a global set (default {@code 200..299}) and
 * per-host sets that replace it for their hosts. Items are written {@code 200..299}, {@code 403},
 * or with a host, {@code www.linkedin.com:999}.
 */
public final class StatusPolicy {

  /** The statuses that mean a link works when no others are given: any 2xx. */
  public static final String DEFAULT = "200..299";

  private final BitSet global;
  private final Map<HostPattern, BitSet> perHost;

  private StatusPolicy(BitSet global, Map<HostPattern, BitSet> perHost) {
    this.global = global;
    this.perHost = perHost;
  }

  public static StatusPolicy parse(List<String> items) {
    BitSet global = new BitSet(600);
    Map<HostPattern, BitSet> perHost = new LinkedHashMap<>();
    List<String> globalItems = new ArrayList<>();
    for (String item : items) {
      int colon = item.indexOf(':');
      if (colon < 0) {
        globalItems.add(item);
        addRange(global, item);
      } else {
        HostPattern host = new HostPattern(item.substring(0, colon));
        addRange(perHost.computeIfAbsent(host, h -> new BitSet(600)), item.substring(colon + 1));
      }
    }
    if (globalItems.isEmpty()) {
      addRange(global, DEFAULT);
    }
    return new StatusPolicy(global, perHost);
  }

  private static void addRange(BitSet set, String item) {
    String text = item.strip();
    int dots = text.indexOf("..");
    try {
      int from = Integer.parseInt(dots < 0 ? text : text.substring(0, dots).strip());
      int to = dots < 0 ? from : Integer.parseInt(text.substring(dots + 2).strip());
      if (from < 100 || to > 999 || from > to) {
        throw new IllegalArgumentException(
            "'" + item + "' is not a status range between 100 and 999");
      }
      set.set(from, to + 1);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + item + "' is not a status code or range such as 200..299 or host:403", e);
    }
  }

  public boolean accepts(String host, int status) {
    for (Map.Entry<HostPattern, BitSet> entry : perHost.entrySet()) {
      if (entry.getKey().matches(host)) {
        return entry.getValue().get(status);
      }
    }
    return global.get(status);
  }
}
