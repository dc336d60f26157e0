package org.paperdigest.maven.links.http;

import java.util.Locale;
import java.util.Optional;

/**
 * Tells a site that refuses automated requests from a page that is gone: a bot wall answers a check
 * with a refusal or a challenge (Cloudflare's "Just a moment...", LinkedIn's 999), while the page
 * is alive for readers. The check cannot decide such a link, so it is unverified (DG204), not
 * broken. Only clear signs count; a plain 401 or 403 stays a status that {@code acceptedStatus}
 * decides.
 */
final class BotWall {

  private BotWall() {}

  /** Why the answer is a bot wall, in words for the finding; empty when it is not one. */
  static Optional<String> reason(String host, Probe probe) {
    int status = probe.status();
    if (status == 999) {
      return Optional.of(
          host.endsWith("linkedin.com")
              ? "999 from LinkedIn"
              : "999, the status LinkedIn and others send to automated requests");
    }
    if (probe.header("x-amzn-waf-action").filter(v -> !v.isBlank()).isPresent()) {
      return Optional.of("AWS WAF " + probe.header("x-amzn-waf-action").get().strip());
    }
    if (status != 401 && status != 403 && status != 429 && status != 503) {
      return Optional.empty();
    }
    if (probe.header("cf-mitigated").filter(v -> v.equalsIgnoreCase("challenge")).isPresent()) {
      return Optional.of("Cloudflare challenge");
    }
    boolean cloudflare =
        probe
            .header("server")
            .filter(v -> v.toLowerCase(Locale.ROOT).contains("cloudflare"))
            .isPresent();
    String body = probe.bodyText();
    if (cloudflare
        && (body.contains("Just a moment...")
            || body.contains("challenge-platform")
            || body.contains("cf-chl"))) {
      return Optional.of("Cloudflare challenge");
    }
    if (probe.header("x-datadome").isPresent() || probe.header("x-dd-b").isPresent()) {
      return Optional.of("DataDome bot protection");
    }
    return Optional.empty();
  }
}
