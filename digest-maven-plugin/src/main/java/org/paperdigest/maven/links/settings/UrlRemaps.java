package org.paperdigest.maven.links.settings;

import java.util.List;

/**
 * The rewrites {@code linkRemaps} asks for before a request, tried in order; the first that matches
 * a URL rewrites it. Immutable.
 */
public final class UrlRemaps {

  private final List<UrlRemap> remaps;

  private UrlRemaps(List<UrlRemap> remaps) {
    this.remaps = List.copyOf(remaps);
  }

  /** Items such as {@code ^https://example\.org/(.*) http://127.0.0.1:8080/$1}. */
  static UrlRemaps parse(List<String> items) {
    return new UrlRemaps(items.stream().map(UrlRemap::parse).toList());
  }

  /** The URL after the first rewrite that matches, or the URL itself. */
  public String apply(String url) {
    for (UrlRemap remap : remaps) {
      String mapped = remap.apply(url);
      if (mapped != null) {
        return mapped;
      }
    }
    return url;
  }
}
