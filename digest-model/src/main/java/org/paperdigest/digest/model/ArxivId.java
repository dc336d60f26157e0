package org.paperdigest.digest.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperdigest.digest.internal.AsciiChars;

/**
 * An arXiv identifier: new style {@code YYMM.NNNN} or {@code YYMM.NNNNN} (month 01-12), or old
 * style {@code archive/YYMMNNN}.
 *
 * @param id the identifier without version, such as {@code 2401.02954}
 * @param version the {@code vN} suffix's number, when the identifier has one
 * @since 0.1.0
 */
public record ArxivId(String id, Optional<Integer> version) {

  private static final Pattern NEW_STYLE =
      Pattern.compile("(?<id>\\d{2}(?:0[1-9]|1[0-2])\\.\\d{4,5})(?:v(?<v>[1-9]\\d{0,3}))?");
  private static final Pattern OLD_STYLE =
      Pattern.compile(
          "(?<id>[a-z]+(?:-[a-z]+)?(?:\\.[A-Z]{2})?/\\d{2}(?:0[1-9]|1[0-2])\\d{3})(?:v(?<v>[1-9]\\d{0,3}))?");
  private static final Pattern IN_URL =
      Pattern.compile(
          "^https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/([^?#]+?)(?:\\.pdf)?/?(?:[?#].*)?$");

  private static final String COMMON_PREFIX = "https://arxiv.org/abs/";

  /**
   * Checks the record's invariants.
   *
   * @param id the identifier without version, such as {@code 2401.02954}
   * @param version the {@code vN} suffix's number, when the identifier has one
   * @throws NullPointerException if a component is {@code null}
   * @since 0.1.0
   */
  public ArxivId {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
  }

  /**
   * Parses a bare identifier such as {@code 2401.02954v2}.
   *
   * @param text the identifier
   * @return the identifier, or empty when the text is not a valid one
   * @throws NullPointerException if {@code text} is {@code null}
   * @since 0.1.0
   */
  public static Optional<ArxivId> parse(String text) {
    ArxivId usual = newStyle(text, 0);
    if (usual != null) {
      return Optional.of(usual);
    }
    for (Pattern pattern : new Pattern[] {NEW_STYLE, OLD_STYLE}) {
      Matcher m = pattern.matcher(text);
      if (m.matches()) {
        String v = m.group("v");
        return Optional.of(
            new ArxivId(m.group("id"), Optional.ofNullable(v).map(Integer::valueOf)));
      }
    }
    return Optional.empty();
  }

  /**
   * The identifier an {@code arxiv.org/abs/} or {@code /pdf/} URL names ({@code http} or {@code
   * https}, {@code www.} or {@code export.} hosts too).
   *
   * @param url the URL
   * @return the identifier, or empty when the URL names no valid one
   * @throws NullPointerException if {@code url} is {@code null}
   * @since 0.1.0
   */
  public static Optional<ArxivId> fromUrl(String url) {
    if (url.startsWith(COMMON_PREFIX)) {
      // The usual form, https://arxiv.org/abs/YYMM.NNNNN, without the patterns.
      ArxivId usual = newStyle(url, COMMON_PREFIX.length());
      if (usual != null) {
        return Optional.of(usual);
      }
    }
    if (!url.contains("arxiv.org/")) {
      return Optional.empty(); // what IN_URL needs, checked without it: most links are not arXiv's
    }
    Matcher m = IN_URL.matcher(url);
    return m.matches() ? parse(m.group(1)) : Optional.empty();
  }

  /**
   * {@code text} from {@code start} on read as a new-style id, {@code YYMM.NNNN} or {@code
   * YYMM.NNNNN} with a month of 01-12 and an optional {@code vN} (1-9999, no leading zero), as
   * {@link #NEW_STYLE} matches it; {@code null} when it is not that shape, so the patterns decide.
   */
  private static ArxivId newStyle(String text, int start) {
    int n = text.length();
    int dot = start + 4;
    if (n < dot + 5 || text.charAt(dot) != '.' || !digits(text, start, dot)) {
      return null;
    }
    int idEnd = dot + 1;
    while (idEnd < n && idEnd < dot + 6 && AsciiChars.isDigit(text.charAt(idEnd))) {
      idEnd++;
    }
    int month = (text.charAt(start + 2) - '0') * 10 + (text.charAt(start + 3) - '0');
    if (idEnd < dot + 5 || month < 1 || month > 12) {
      return null;
    }
    String id = text.substring(start, idEnd);
    if (idEnd == n) {
      return new ArxivId(id, Optional.empty());
    }
    if (text.charAt(idEnd) != 'v'
        || n - idEnd < 2
        || n - idEnd > 5
        || text.charAt(idEnd + 1) == '0'
        || !digits(text, idEnd + 1, n)) {
      return null;
    }
    return new ArxivId(id, Optional.of(Integer.parseInt(text, idEnd + 1, n, 10)));
  }

  private static boolean digits(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!AsciiChars.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The identifier as written: {@code 2401.02954} or {@code 2401.02954v2}.
   *
   * @return the identifier and its version
   */
  @Override
  public String toString() {
    return version.map(v -> id + "v" + v).orElse(id);
  }
}
