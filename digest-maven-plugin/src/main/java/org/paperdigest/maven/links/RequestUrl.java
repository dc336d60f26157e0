package org.paperdigest.maven.links;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a link as written into the address to request: absolute http(s) only, internationalised
 * host in ASCII, non-ASCII path percent-encoded, no fragment (it is never sent). Anything else is
 * not requested (DG201 and DG206 cover it offline).
 */
final class RequestUrl {

  private static final Pattern AUTHORITY =
      Pattern.compile("^(https?://(?:[^@/?#]*@)?)([^:/?#]*)", Pattern.CASE_INSENSITIVE);

  private RequestUrl() {}

  static Optional<URI> parse(String written) {
    String url = written.strip();
    int hash = url.indexOf('#');
    if (hash >= 0) {
      url = url.substring(0, hash);
    }
    Matcher m = AUTHORITY.matcher(url);
    if (!m.find()) {
      return Optional.empty();
    }
    String host = m.group(2);
    if (host.chars().anyMatch(c -> c >= 0x80)) {
      try {
        host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    String text = m.group(1).toLowerCase(Locale.ROOT) + host + url.substring(m.end(2));
    try {
      URI uri = new URI(text);
      if (uri.getHost() == null || uri.getHost().isEmpty()) {
        return Optional.empty();
      }
      String ascii = uri.toASCIIString();
      return Optional.of(ascii.equals(text) ? uri : URI.create(ascii));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
