package org.paperdigest.digest.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paperdigest.digest.GeneratedText;
import org.paperdigest.digest.ValidationConfig;

/**
 * The URL shapes the rules ask of every link or entry (a scheme, a paper thumbnail, the default
 * paper URL) are read by hand; over URLs of every shape they must agree with the regular
 * expressions that define them.
 */
class UrlShapesTest {

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  private static final Pattern THUMBNAIL =
      Pattern.compile(
          "^https://cdn-thumbnails\\.huggingface\\.co/social-thumbnails/papers/([^/?#]+)\\.png(?:[?#].*)?$");
  private static final Pattern PAPER = Pattern.compile(ValidationConfig.DEFAULT_PAPER_URL);

  private static final String[] STARTS = {
    "",
    "https:",
    "http://",
    "https://arxiv.org/abs/",
    "https://arxiv.org/abs",
    "hTtp+x.y-z:",
    "a_b:",
    "x y:",
    "é:",
    "1http:",
    "mailto:",
    "./",
    "/",
    "#",
    PaperUrls.THUMBNAILS,
    PaperUrls.THUMBNAILS + "2401.1",
    PaperUrls.THUMBNAILS + "2401.02954.png",
    PaperUrls.THUMBNAILS + "x.png.png",
    "https://cdn-thumbnails.huggingface.co/social-thumbnails/paper/"
  };
  private static final String[] PIECES = {
    "2401.02954",
    "a",
    ".png",
    ".PNG",
    "png",
    ".",
    "/",
    "?",
    "#",
    ":",
    "x=1",
    "\n",
    "\r",
    "\u0085",
    "\u2028",
    " ",
    "é",
    "-",
    "+",
    "_"
  };

  @Test
  void shapesAreWhatTheRegularExpressionsSay() {
    GeneratedText urls = new GeneratedText(17, STARTS, PIECES, 4);
    int schemes = 0;
    int thumbnails = 0;
    int papers = 0;
    for (int round = 0; round < 100_000; round++) {
      String text = urls.next();

      boolean scheme = SCHEME.matcher(text).find();
      assertThat(LinkChecks.hasScheme(text)).as("[%s]", text).isEqualTo(scheme);

      Matcher thumbnail = THUMBNAIL.matcher(text);
      String name = thumbnail.matches() ? thumbnail.group(1) : null;
      assertThat(PaperUrls.thumbnailName(text)).as("[%s]", text).isEqualTo(name);

      Matcher paper = PAPER.matcher(text);
      String id = paper.matches() ? paper.group("id") : null;
      assertThat(PaperUrls.defaultPaperUrlId(text)).as("[%s]", text).isEqualTo(id);

      schemes += scheme ? 1 : 0;
      thumbnails += name != null ? 1 : 0;
      papers += id != null ? 1 : 0;
    }
    assertThat(schemes).as("schemes are exercised").isGreaterThan(20_000);
    assertThat(thumbnails).as("thumbnails are exercised").isGreaterThan(1_000);
    assertThat(papers).as("paper URLs are exercised").isGreaterThan(3_000);
  }
}
