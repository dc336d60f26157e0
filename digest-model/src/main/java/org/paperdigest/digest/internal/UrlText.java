package org.paperdigest.digest.internal;

import java.util.Set;
import org.paperdigest.digest.model.Link;
import org.paperdigest.digest.model.LinkKind;

/** Small facts about URL text as written in a digest, shared by the parser, rules and model. */
public final class UrlText {

  /**
   * Korean particles (조사) and copula endings that follow a noun, here a URL, with no space: the
   * glued text that ends a link after a {@code /} or a letter, as in {@code https://x.io/a/에서}.
   */
  private static final Set<String> PARTICLES =
      Set.of(
          "이", "가", "을", "를", "은", "는", "의", "에", "에서", "에게", "께", "께서", "한테", "로", "으로", "로서",
          "으로서", "로써", "으로써", "로부터", "으로부터", "와", "과", "도", "만", "까지", "부터", "보다", "처럼", "마다", "조차",
          "마저", "밖에", "이나", "나", "이랑", "랑", "하고", "이며", "며", "이고", "이든", "든", "이라도", "라도", "대로",
          "요", "이다", "입니다", "이에요", "예요", "에요", "이야", "야", "이라는", "라는", "이라고", "라고", "인", "임", "이므로",
          "이지만", "인데", "이었다", "였다", "이었습니다", "였습니다");

  /** The longest particle, in characters. */
  private static final int LONGEST_PARTICLE = 5;

  /**
   * What may close a URL in running text and stays in GitHub's link when text follows it: brackets,
   * quotes, emphasis markers. Any Korean word after one of them is glued text.
   */
  private static final String CLOSERS = ")]}'\"*_~";

  private UrlText() {}

  /**
   * The URL the author of {@code link} meant: for a bare URL that GitHub links together with the
   * text after it (DG202), the URL without that text and the bracket or quote before it; otherwise
   * the link's URL as written.
   */
  public static String intended(Link link) {
    return link.kind() == LinkKind.BARE_URL || link.kind() == LinkKind.BRACKETED_URL
        ? intended(link.url())
        : link.url();
  }

  /** The URL up to its first {@code ?} or {@code #}. */
  public static String withoutQueryOrFragment(String url) {
    int cut = indexOfAny(url, "?#");
    return cut < 0 ? url : url.substring(0, cut);
  }

  /**
   * Where the text glued to a bare URL starts, or -1. {@code url} is the extent GitHub links (see
   * {@link GfmAutolink}); the glued text runs from the returned index to its end, and is Korean
   * text or East Asian punctuation that follows the URL with no space:
   *
   * <ul>
   *   <li>a Korean word right after a closing bracket, quote or emphasis marker ({@code
   *       (https://x.io)에서});
   *   <li>Korean right after an ASCII letter or digit of the host ({@code https://x.io에서}): an
   *       internationalised label starts after a dot instead;
   *   <li>in the path, a Korean particle ({@code https://x.io/a에서}, {@code https://x.io/a/을}),
   *       where any other Korean word ({@code /wiki/한국어}) is a path segment;
   *   <li>non-ASCII punctuation or space, such as {@code 。}, {@code 」} or a no-break space.
   * </ul>
   *
   * The glued text holds nothing but Korean and such punctuation, so a URL whose Korean part is
   * followed by more of the URL ({@code /한국어/page}) is not glued.
   */
  public static int gluePoint(String url) {
    int authority = url.indexOf("://");
    if (authority < 0 || isAscii(url)) {
      return -1;
    }
    boolean inHost = true;
    int previous = url.codePointAt(authority + 3);
    for (int i = authority + 3 + Character.charCount(previous); i < url.length(); ) {
      int cp = url.codePointAt(i);
      if (cp == '/' || cp == '?' || cp == '#') {
        inHost = false;
      }
      if (startsGlue(cp, previous, inHost) && isGluedText(url, i, previous, inHost)) {
        return i;
      }
      previous = cp;
      i += Character.charCount(cp);
    }
    return -1;
  }

  /**
   * The URL its author meant, for the extent GitHub links: without the glued text, and then without
   * what GitHub's autolinker drops from a URL's end (so the bracket or quote before the glued text
   * goes too). A glued URL also ends before a LaTeX leftover, the first brace after its host (the
   * text {@code https://youtu.be/x{Youtube}에서} meant {@code https://youtu.be/x}, and the closing
   * brace of a LaTeX url command is no part of the URL either): a fix must not write a link that is
   * still wrong.
   */
  public static String intended(String url) {
    int glue = gluePoint(url);
    if (glue < 0) {
      return url;
    }
    int end = GfmAutolink.trimmedEnd(url, 0, glue);
    int brace = indexOfAny(url.substring(0, end), "{}");
    if (brace > url.indexOf("://")) {
      end = GfmAutolink.trimmedEnd(url, 0, brace);
    }
    return url.substring(0, end);
  }

  private static boolean startsGlue(int cp, int previous, boolean inHost) {
    if (isGluePunctuation(cp)) {
      return !isGluePunctuation(previous);
    }
    if (!isHangul(cp) || isHangul(previous) || isGluePunctuation(previous)) {
      return false;
    }
    if (previous < 0x80 && CLOSERS.indexOf(previous) >= 0) {
      return true;
    }
    if (inHost) {
      return previous < 0x80
          && (AsciiChars.isLetter((char) previous) || AsciiChars.isDigit((char) previous));
    }
    return true;
  }

  /**
   * Whether the text from {@code start} is all glued: Korean and punctuation, as the kind needs.
   */
  private static boolean isGluedText(String url, int start, int previous, boolean inHost) {
    int hangulEnd = start;
    while (hangulEnd < url.length() && isHangul(url.codePointAt(hangulEnd))) {
      hangulEnd += Character.charCount(url.codePointAt(hangulEnd));
    }
    for (int i = hangulEnd; i < url.length(); ) {
      int cp = url.codePointAt(i);
      if (!isHangul(cp) && !isGluePunctuation(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    boolean afterCloser = previous < 0x80 && CLOSERS.indexOf(previous) >= 0;
    return hangulEnd == start || afterCloser || inHost || isParticles(url, start, hangulEnd);
  }

  /** Whether the text from {@code start} to {@code end} is one to three particles in a row. */
  static boolean isParticles(String text, int start, int end) {
    return particlesFrom(text, start, end, 3);
  }

  private static boolean particlesFrom(String text, int start, int end, int left) {
    if (start == end) {
      return true;
    }
    if (left == 0) {
      return false;
    }
    for (int length = Math.min(LONGEST_PARTICLE, end - start); length >= 1; length--) {
      if (PARTICLES.contains(text.substring(start, start + length))
          && particlesFrom(text, start + length, end, left - 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHangul(int cp) {
    return cp >= 0x1100 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL;
  }

  /**
   * Punctuation and spaces beyond ASCII that never belong to a URL: CJK and full-width brackets and
   * stops, typographic quotes, no-break and ideographic spaces. Dashes are left out: paths carry
   * them ({@code /wiki/Michelson–Morley_experiment}).
   */
  private static boolean isGluePunctuation(int cp) {
    if (cp < 0x80) {
      return false;
    }
    return switch (Character.getType(cp)) {
      case Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.SPACE_SEPARATOR ->
          true;
      default -> false;
    };
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
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
