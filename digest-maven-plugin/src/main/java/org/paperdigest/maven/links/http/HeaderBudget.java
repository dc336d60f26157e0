package org.paperdigest.maven.links.http;

import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpField;

/**
 * Counts one response's header bytes as they arrive, and ends the exchange with {@link
 * LimitExceeded} when they pass {@link #MAX_BYTES}: a server that sends headers without end once
 * filled the heap of a client that had no limit. One per request.
 */
final class HeaderBudget implements Response.HeaderListener {

  /** The most bytes of response headers read, as many as Chrome reads. */
  static final int MAX_BYTES = 256 * 1024;

  private long bytes;

  @Override
  public boolean onHeader(Response response, HttpField field) {
    String value = field.getValue();
    bytes += field.getName().length() + 4 + (value == null ? 0 : value.length()); // ": ", CRLF
    if (bytes > MAX_BYTES) {
      response.abort(
          new LimitExceeded(
              "the response headers passed " + (MAX_BYTES >> 10) + " KiB, the most read"));
      return false;
    }
    return true;
  }
}
