package org.paperdigest.maven.links.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RequestUrl} skips its pattern for plain URLs; whatever the URL, that short way must give
 * what the pattern would, and it must be the usual way.
 */
class RequestUrlTest {

  private static final String[] STARTS = {
    "https://",
    "http://",
    "HTTPS://",
    "Http://",
    "ftp://",
    "https:/",
    "",
    "https://u:p@",
    "https://U:P@"
  };
  private static final String[] PIECES = {
    "example.org",
    "arxiv.org",
    "例え.jp",
    "x",
    "@",
    ":8080",
    "/",
    "?",
    "#",
    "a=1",
    "é",
    "%20",
    " ",
    "-",
    "."
  };

  @Test
  void thePlainWayGivesWhatThePatternGives() {
    Random random = new Random(23);
    int plain = 0;
    for (int round = 0; round < 50_000; round++) {
      StringBuilder url = new StringBuilder(STARTS[random.nextInt(STARTS.length)]);
      int pieces = random.nextInt(6);
      for (int i = 0; i < pieces; i++) {
        url.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = url.toString();
      if (text.indexOf('#') >= 0) {
        continue; // parse drops the fragment before either way is taken
      }
      if (RequestUrl.isPlain(text)) {
        plain++;
        assertThat(RequestUrl.rewritten(text)).as("[%s]", text).isEqualTo(text);
      }
    }
    assertThat(plain).as("plain URLs are exercised").isGreaterThan(5_000);
  }
}
