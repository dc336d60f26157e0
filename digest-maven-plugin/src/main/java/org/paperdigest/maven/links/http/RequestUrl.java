package org.paperdigest.maven.links.http;

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
public final class RequestUrl {

  private static final Pattern AUTHORITY =
      Pattern.compile("^(https?://(?:[^@/?#]*@)?)([^:/?#]*)", Pattern.CASE_INSENSITIVE);

  private RequestUrl() {}

  public static Optional<URI> parse(String written) {
    String url = written.strip();
    int hash = url.indexOf('#');
    if (hash >= 0) {
      url = url.substring(0, hash);
    }
    return toUri(isPlain(url) ? url : rewritten(url));
  }

  /**
   * Whether {@link #rewritten} leaves {@code url} as it is, known without the pattern (every link
   * asks): ASCII, a lower-case {@code http://} or {@code https://}, and no user info.
   */
  static boolean isPlain(String url) {
    int authority = url.startsWith("https://") ? 8 : url.startsWith("http://") ? 7 : -1;
    if (authority < 0) {
      return false;
    }
    boolean inAuthority = true;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c >= 0x80) {
        return false;
      }
      if (i >= authority && inAuthority) {
        if (c == '@') {
          return false;
        }
        inAuthority = c != '/' && c != '?' && c != '#';
      }
    }
    return true;
  }

  /**
   * The URL with a lower-case scheme and its host in ASCII (punycode), or {@code null} when it is
   * not an absolute http(s) URL.
   */
  static String rewritten(String url) {
    Matcher m = AUTHORITY.matcher(url);
    if (!m.find()) {
      return null;
    }
    String host = m.group(2);
    if (host.chars().anyMatch(c -> c >= 0x80)) {
      try {
        host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return m.group(1).toLowerCase(Locale.ROOT) + host + url.substring(m.end(2));
  }

  private static Optional<URI> toUri(String text) {
    if (text == null) {
      return Optional.empty();
    }
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
