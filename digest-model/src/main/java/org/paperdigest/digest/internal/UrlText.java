package org.paperdigest.digest.internal;

/** Small facts about URL text as written in a digest, shared by the parser, rules and model. */
public final class UrlText {

  private UrlText() {}

  /** The URL up to its first {@code ?} or {@code #}. */
  public static String withoutQueryOrFragment(String url) {
    int cut = indexOfAny(url, "?#");
    return cut < 0 ? url : url.substring(0, cut);
  }

  /**
   * Where non-ASCII letters glued to the end of a bare URL start, or -1: after the host, right
   * after an ASCII character, and with no further path, query or fragment delimiter.
   */
  public static int gluePoint(String url) {
    int authority = url.indexOf("://");
    if (authority < 0) {
      return -1;
    }
    int hostEnd = authority + 3;
    while (hostEnd < url.length() && "/?#".indexOf(url.charAt(hostEnd)) < 0) {
      hostEnd++;
    }
    for (int i = Math.max(hostEnd, 1); i < url.length(); ) {
      int cp = url.codePointAt(i);
      if (cp > 0x7F && Character.isLetter(cp) && url.charAt(i - 1) <= 0x7F) {
        String rest = url.substring(i);
        return rest.chars().anyMatch(c -> "/?#&=".indexOf(c) >= 0) ? -1 : i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  private static int indexOfAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
