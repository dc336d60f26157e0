package org.paperdigest.digest.internal.rules;

import org.paperdigest.digest.ValidationConfig;

/**
 * The paper URL shapes the entry rules ask of every entry, read by hand rather than by their
 * regular expressions (which {@code UrlShapesTest} holds them to).
 */
final class PaperUrls {

  /** Where HuggingFace keeps paper thumbnails, named {@code <arXiv id>.png}. */
  static final String THUMBNAILS =
      "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/";

  /** The default accepted paper URL, {@link ValidationConfig#DEFAULT_PAPER_URL}, without its id. */
  private static final String ARXIV_ABS = "https://arxiv.org/abs/";

  private PaperUrls() {}

  /**
   * The id group when {@code url} matches {@link ValidationConfig#DEFAULT_PAPER_URL} ({@code
   * https://arxiv\.org/abs/(?<id>[^?#]+)}), or {@code null}.
   */
  static String defaultPaperUrlId(String url) {
    if (url.length() == ARXIV_ABS.length() || !url.startsWith(ARXIV_ABS)) {
      return null;
    }
    for (int i = ARXIV_ABS.length(); i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '?' || c == '#') {
        return null;
      }
    }
    return url.substring(ARXIV_ABS.length());
  }

  /**
   * The file name without {@code .png} of a paper thumbnail URL, as {@code
   * ^https://cdn-thumbnails\.huggingface\.co/social-thumbnails/papers/([^/?#]+)\.png(?:[?#].*)?$}
   * matches it, or {@code null}.
   */
  static String thumbnailName(String url) {
    if (!url.startsWith(THUMBNAILS)) {
      return null;
    }
    int start = THUMBNAILS.length();
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    if (end - start < 5 || !url.startsWith(".png", end - 4)) {
      return null;
    }
    if (end < url.length()) {
      // What follows must be a query or fragment, and '.' does not match line ends.
      if (url.charAt(end) == '/') {
        return null;
      }
      for (int i = end + 1; i < url.length(); i++) {
        char c = url.charAt(i);
        if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
          return null;
        }
      }
    }
    return url.substring(start, end - 4);
  }
}
