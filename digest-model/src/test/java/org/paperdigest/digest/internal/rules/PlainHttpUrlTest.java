package org.paperdigest.digest.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * DG201 skips {@link URI} for the URLs {@link PlainHttpUrl} accepts, so each of those must be one
 * URI parses with a host, or a malformed URL would go unreported.
 */
class PlainHttpUrlTest {

  private static final String[] STARTS = {
    "https://", "http://", "https://arxiv.org", "https://huggingface.co", "HTTPS://", "ftp://"
  };
  private static final String[] PIECES = {
    "a",
    "Z",
    "9",
    "-",
    ".",
    "/",
    "?",
    "#",
    "%",
    "%2F",
    "%zz",
    "%4",
    ":",
    ":8080",
    ":99999999999",
    "@",
    "[",
    "]",
    "[::1]",
    "_",
    "~",
    "!",
    "$",
    "&",
    "'",
    "(",
    ")",
    "*",
    "+",
    ",",
    ";",
    "=",
    " ",
    "\"",
    "<",
    ">",
    "{",
    "}",
    "|",
    "\\",
    "^",
    "`",
    "é",
    "\t",
    "..",
    "a-",
    "-a",
    "1.2.3.4",
    "x.y"
  };

  @Test
  void everyUrlItAcceptsParsesWithAHost() {
    Random random = new Random(42);
    int accepted = 0;
    for (int round = 0; round < 100_000; round++) {
      StringBuilder url = new StringBuilder(STARTS[random.nextInt(STARTS.length)]);
      int pieces = random.nextInt(8);
      for (int i = 0; i < pieces; i++) {
        url.append(PIECES[random.nextInt(random.nextBoolean() ? 12 : PIECES.length)]);
      }
      String text = url.toString();
      if (PlainHttpUrl.isPlain(text)) {
        accepted++;
        assertThat(hostOf(text)).as(text).isNotEmpty();
      }
    }
    assertThat(accepted).as("the quick way is exercised").isGreaterThan(5_000);
  }

  @Test
  void acceptsTheUrlsDigestsAreMadeOf() {
    assertThat(PlainHttpUrl.isPlain("https://arxiv.org/abs/2401.02954")).isTrue();
    assertThat(
            PlainHttpUrl.isPlain(
                "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2401.02954.png"))
        .isTrue();
    assertThat(PlainHttpUrl.isPlain("https://github.com/a/b?tab=readme-ov-file#usage")).isTrue();
    assertThat(PlainHttpUrl.isPlain("https://example.com:8443/x%20y")).isTrue();
  }

  @Test
  void leavesTheRestToUri() {
    assertThat(PlainHttpUrl.isPlain("https://exa mple.com/")).isFalse();
    assertThat(PlainHttpUrl.isPlain("https://example.com/a b")).isFalse();
    assertThat(PlainHttpUrl.isPlain("https://example.com/%zz")).isFalse();
    assertThat(PlainHttpUrl.isPlain("https://-a.com/")).isFalse();
    assertThat(PlainHttpUrl.isPlain("https://a_b.com/")).isFalse();
    assertThat(PlainHttpUrl.isPlain("https://user@example.com/")).isFalse();
    assertThat(PlainHttpUrl.isPlain("https://example.com/#a#b")).isFalse();
    assertThat(PlainHttpUrl.isPlain("https://bücher.de/")).isFalse();
    assertThat(LinkChecks.problem("https://example.com/#a#b")).isPresent();
    assertThat(LinkChecks.problem("https://a_b.com/")).contains("has no valid host");
  }

  private static String hostOf(String url) {
    try {
      String host = new URI(url).getHost();
      return host == null ? "" : host;
    } catch (URISyntaxException e) {
      return "";
    }
  }
}
