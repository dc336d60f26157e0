package org.paperdigest.maven.links;

import java.util.Optional;

/**
 * What one HTTP request gave: a status with the headers the checker needs, or the failure that
 * stopped it.
 */
record Probe(
    int status, Optional<String> location, Optional<String> retryAfter, Throwable failure) {

  static Probe answered(int status, Optional<String> location, Optional<String> retryAfter) {
    return new Probe(status, location, retryAfter, null);
  }

  static Probe failed(Throwable failure) {
    return new Probe(0, Optional.empty(), Optional.empty(), failure);
  }

  boolean isAnswer() {
    return failure == null;
  }
}
