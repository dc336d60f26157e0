package org.paperdigest.maven.links.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.paperdigest.maven.links.http.LinkOutcome.Verdict;

/**
 * The redirects of one URL's check, followed by the checker rather than the client: each hop is
 * recorded, and a hop to a scheme other than http(s), without a host, back to an address already
 * seen, or past the most redirects ends the check as broken.
 */
final class Redirects {

  /** One hop of a chain: the address that answered, and the status that sent the check on. */
  private record Hop(URI uri, int status) {}

  private final URI original;
  private final int maxRedirects;
  private final List<Hop> chain = new ArrayList<>();

  Redirects(URI original, int maxRedirects) {
    this.original = original;
    this.maxRedirects = maxRedirects;
  }

  boolean any() {
    return !chain.isEmpty();
  }

  /** Whether the first hop was permanent (301 or 308): the link should name the new address. */
  boolean firstIsPermanent() {
    return !chain.isEmpty() && (chain.get(0).status() == 301 || chain.get(0).status() == 308);
  }

  /**
   * Follows {@code location}, answered by {@code from} with {@code status}: the next address, or
   * why the chain ends as a broken link.
   */
  Next follow(URI from, int status, String location) {
    URI next;
    try {
      next = from.resolve(location.strip().replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      return Next.broken(status, "redirects to an invalid address \"" + location + "\"");
    }
    chain.add(new Hop(from, status));
    String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Next.broken(
          status, "redirects to " + next + ", which is not http(s) and is not followed");
    }
    if (next.getHost() == null) {
      return Next.broken(status, "redirects to " + next + ", which has no host");
    }
    URI key = withoutFragment(next);
    if (key.equals(withoutFragment(original))
        || chain.stream().anyMatch(h -> withoutFragment(h.uri()).equals(key))) {
      return Next.broken(status, "redirect loop: " + text() + " -> " + next);
    }
    if (chain.size() >= maxRedirects) {
      return Next.broken(status, "more than " + maxRedirects + " redirects: " + text());
    }
    return new Next(Optional.of(next), Optional.empty());
  }

  /** The chain's statuses: {@code 301 -> 308}. */
  String text() {
    StringBuilder text = new StringBuilder();
    for (Hop hop : chain) {
      if (text.length() > 0) {
        text.append(" -> ");
      }
      text.append(hop.status());
    }
    return text.toString();
  }

  /** Where a redirect leads: the next address, or the outcome that ends the check. */
  record Next(Optional<URI> uri, Optional<LinkOutcome> end) {
    static Next broken(int status, String why) {
      return new Next(Optional.empty(), Optional.of(LinkOutcome.of(Verdict.BROKEN, status, why)));
    }
  }

  private static URI withoutFragment(URI uri) {
    String text = uri.toString();
    int hash = text.indexOf('#');
    return hash < 0 ? uri : URI.create(text.substring(0, hash));
  }
}
