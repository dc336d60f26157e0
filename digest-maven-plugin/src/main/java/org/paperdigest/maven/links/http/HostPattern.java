package org.paperdigest.maven.links.http;

import java.util.Locale;

/**
 * A host name that also covers its subdomains ({@code arxiv.org} covers {@code export.arxiv.org}),
 * or {@code *} for every host.
 */
record HostPattern(String host) {

  HostPattern {
    host = host.strip().toLowerCase(Locale.ROOT);
    if (host.startsWith("*.")) {
      host = host.substring(2);
    }
    if (host.isEmpty() || host.contains("/") || host.contains(" ")) {
      throw new IllegalArgumentException("'" + host + "' is not a host name");
    }
  }

  boolean matches(String candidate) {
    String h = candidate.toLowerCase(Locale.ROOT);
    return host.equals("*") || h.equals(host) || h.endsWith("." + host);
  }

  @Override
  public String toString() {
    return host;
  }
}
