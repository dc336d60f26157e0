package org.paperdigest.maven.links.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * What one HTTP request gave: a status, the response's headers (names in lower case) and the first
 * bytes of its body (for telling a bot wall's challenge page), or the failure that stopped it.
 */
record Probe(int status, Map<String, String> headers, byte[] bodyStart, Throwable failure) {

  static Probe answered(int status, Map<String, String> headers, byte[] bodyStart) {
    return new Probe(status, Map.copyOf(headers), bodyStart, null);
  }

  static Probe failed(Throwable failure) {
    return new Probe(0, Map.of(), new byte[0], failure);
  }

  boolean isAnswer() {
    return failure == null;
  }

  /** The value of header {@code name} (any case), if the response has it. */
  Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
  }

  /** The body's first bytes as text, for looking for a challenge page's words. */
  String bodyText() {
    return new String(bodyStart, StandardCharsets.UTF_8);
  }
}
