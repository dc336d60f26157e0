package org.paperdigest.digest.internal.rules;

/**
 * A quick test for the URLs a digest is made of: {@code http} or {@code https}, a host name, an
 * optional port, and a path, query and fragment of plain ASCII with valid escapes. Each one it
 * accepts is one that {@link java.net.URI} parses with a server-based authority and a host, so
 * DG201 can skip the parser for it; everything else still goes through {@code URI}, which decides
 * and says why. It never accepts what {@code URI} rejects, and may send a valid URL the slow way.
 */
final class PlainHttpUrl {

  /** Path, query and fragment characters URI takes as they are (no brackets, no {@code #}). */
  private static final boolean[] PLAIN = new boolean[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      PLAIN[c] = true;
      PLAIN[Character.toUpperCase(c)] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      PLAIN[c] = true;
    }
    for (char c : "-_.!~*'():@&=+$,;/?".toCharArray()) {
      PLAIN[c] = true;
    }
  }

  private PlainHttpUrl() {}

  static boolean isPlain(String url) {
    int start;
    if (url.startsWith("https://")) {
      start = 8;
    } else if (url.startsWith("http://")) {
      start = 7;
    } else {
      return false;
    }
    int end = authorityEnd(url, start);
    return end > 0 && plainRest(url, end);
  }

  /**
   * The end of a {@code host[:port]} authority that starts at {@code start}, or -1. The host is
   * dot-separated labels of letters, digits and inner hyphens, the last label starting with a
   * letter; the port is one to five digits.
   */
  private static int authorityEnd(String url, int start) {
    int i = start;
    int n = url.length();
    int lastLabel = -1;
    while (true) {
      int label = i;
      while (i < n && (isAlphanumeric(url.charAt(i)) || (i > label && url.charAt(i) == '-'))) {
        i++;
      }
      if (i == label || url.charAt(i - 1) == '-') {
        return -1;
      }
      lastLabel = label;
      if (i < n && url.charAt(i) == '.') {
        i++;
        continue;
      }
      break;
    }
    if (!isLetter(url.charAt(lastLabel))) {
      return -1;
    }
    if (i < n && url.charAt(i) == ':') {
      int port = ++i;
      while (i < n && url.charAt(i) >= '0' && url.charAt(i) <= '9') {
        i++;
      }
      if (i == port || i - port > 5) {
        return -1;
      }
    }
    return i == n || "/?#".indexOf(url.charAt(i)) >= 0 ? i : -1;
  }

  /** Path, query and fragment: plain characters, {@code %XX} escapes, at most one {@code #}. */
  private static boolean plainRest(String url, int from) {
    boolean fragment = false;
    int n = url.length();
    for (int i = from; i < n; i++) {
      char c = url.charAt(i);
      if (c == '%') {
        if (i + 2 >= n || !isHex(url.charAt(i + 1)) || !isHex(url.charAt(i + 2))) {
          return false;
        }
        i += 2;
      } else if (c == '#') {
        if (fragment) {
          return false;
        }
        fragment = true;
      } else if (c >= 128 || !PLAIN[c]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAlphanumeric(char c) {
    return isLetter(c) || (c >= '0' && c <= '9');
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
