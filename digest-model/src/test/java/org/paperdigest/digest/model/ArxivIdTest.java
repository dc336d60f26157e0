package org.paperdigest.digest.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ArxivId#parse} and {@link ArxivId#fromUrl} read the usual new-style ids without their
 * patterns; over ids and URLs of every shape they must give what the patterns give.
 */
class ArxivIdTest {

  private static final Pattern NEW_STYLE =
      Pattern.compile("(?<id>\\d{2}(?:0[1-9]|1[0-2])\\.\\d{4,5})(?:v(?<v>[1-9]\\d{0,3}))?");
  private static final Pattern OLD_STYLE =
      Pattern.compile(
          "(?<id>[a-z]+(?:-[a-z]+)?(?:\\.[A-Z]{2})?/\\d{2}(?:0[1-9]|1[0-2])\\d{3})(?:v(?<v>[1-9]\\d{0,3}))?");
  private static final Pattern IN_URL =
      Pattern.compile(
          "^https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/([^?#]+?)(?:\\.pdf)?/?(?:[?#].*)?$");

  private static final String[] PREFIXES = {
    "https://arxiv.org/abs/",
    "https://arxiv.org/abs/",
    "http://arxiv.org/abs/",
    "https://export.arxiv.org/pdf/",
    "https://example.org/abs/",
    "https://arxiv.org.example/abs/",
    "https://www.arxiv.org/pdf/",
    "https://arxiv.org/abs"
  };

  @Test
  void idsAndUrlsReadAsThePatternsSay() {
    Random random = new Random(3);
    String alphabet = "0123456789.v/?#a";
    int found = 0;
    for (int round = 0; round < 100_000; round++) {
      StringBuilder id = new StringBuilder();
      if (random.nextBoolean()) {
        // shaped like an id: YYMM.NNNN(N) with a month of 00-19, sometimes a version, sometimes a
        // character changed
        id.append(
            String.format(
                random.nextBoolean() ? "%02d%02d.%05d" : "%02d%02d.%04d",
                random.nextInt(100),
                random.nextInt(20),
                random.nextInt(random.nextBoolean() ? 10_000 : 100_000)));
        if (random.nextInt(3) == 0) {
          id.append('v').append(random.nextInt(4) == 0 ? "0" : "").append(random.nextInt(20_000));
        }
        if (random.nextInt(4) == 0) {
          id.setCharAt(
              random.nextInt(id.length()), alphabet.charAt(random.nextInt(alphabet.length())));
        }
      } else {
        int length = 8 + random.nextInt(9);
        for (int i = 0; i < length; i++) {
          id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String text = id.toString();
      Optional<ArxivId> expected = parseByPatterns(text);
      assertThat(ArxivId.parse(text)).as(text).isEqualTo(expected);
      String url = PREFIXES[random.nextInt(PREFIXES.length)] + text;
      assertThat(ArxivId.fromUrl(url)).as(url).isEqualTo(fromUrlByPatterns(url));
      if (expected.isPresent()) {
        found++;
      }
    }
    assertThat(found).as("valid ids are exercised").isGreaterThan(10_000);
  }

  private static Optional<ArxivId> parseByPatterns(String text) {
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

  private static Optional<ArxivId> fromUrlByPatterns(String url) {
    Matcher m = IN_URL.matcher(url);
    return m.matches() ? parseByPatterns(m.group(1)) : Optional.empty();
  }

  @Test
  void readsTheUsualAndTheUnusualForms() {
    assertThat(ArxivId.fromUrl("https://arxiv.org/abs/2401.02954"))
        .contains(new ArxivId("2401.02954", Optional.empty()));
    assertThat(ArxivId.fromUrl("https://arxiv.org/abs/2413.02954")).isEmpty();
    assertThat(ArxivId.fromUrl("https://arxiv.org/pdf/2401.02954v2.pdf"))
        .contains(new ArxivId("2401.02954", Optional.of(2)));
    assertThat(ArxivId.fromUrl("https://arxiv.org/abs/hep-th/9901001"))
        .contains(new ArxivId("hep-th/9901001", Optional.empty()));
  }
}
