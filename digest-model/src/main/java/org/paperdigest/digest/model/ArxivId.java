package org.paperdigest.digest.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An arXiv identifier: new style {@code YYMM.NNNN} or {@code YYMM.NNNNN} (month 01-12), or old
 * style {@code archive/YYMMNNN}; {@code version} is the optional {@code vN} suffix.
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

  public ArxivId {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
  }

  /** Parses a bare identifier such as {@code 2401.02954v2}; empty when it is not a valid one. */
  public static Optional<ArxivId> parse(String text) {
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

  /** The identifier an {@code arxiv.org/abs/} or {@code /pdf/} URL names, if it is valid. */
  public static Optional<ArxivId> fromUrl(String url) {
    if (url.length() == COMMON_PREFIX.length() + 10 && url.startsWith(COMMON_PREFIX)) {
      // The usual form, https://arxiv.org/abs/YYMM.NNNNN, without the patterns.
      String id = url.substring(COMMON_PREFIX.length());
      if (isNewStyleFiveDigits(id)) {
        return Optional.of(new ArxivId(id, Optional.empty()));
      }
    }
    Matcher m = IN_URL.matcher(url);
    return m.matches() ? parse(m.group(1)) : Optional.empty();
  }

  /** {@code YYMM.NNNNN} with a month of 01-12, as {@link #NEW_STYLE} matches it. */
  private static boolean isNewStyleFiveDigits(String id) {
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (i == 4 ? c != '.' : (c < '0' || c > '9')) {
        return false;
      }
    }
    int month = (id.charAt(2) - '0') * 10 + (id.charAt(3) - '0');
    return month >= 1 && month <= 12;
  }

  @Override
  public String toString() {
    return version.map(v -> id + "v" + v).orElse(id);
  }
}
