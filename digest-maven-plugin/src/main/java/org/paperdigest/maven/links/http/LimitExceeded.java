package org.paperdigest.maven.links.http;

import java.io.IOException;

/**
 * Why a request was dropped: the server broke a bound of the check (its headers or its body were
 * larger than the check reads), as the message says. The link is undecided, and not asked again:
 * the same server would break the same bound.
 */
final class LimitExceeded extends IOException {

  private static final long serialVersionUID = 1L;

  LimitExceeded(String message) {
    super(message, null);
  }
}
