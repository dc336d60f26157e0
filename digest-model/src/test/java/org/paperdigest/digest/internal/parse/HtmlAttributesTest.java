package org.paperdigest.digest.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.SourceSpan;
import org.junit.jupiter.api.Test;
import org.paperdigest.digest.GeneratedText;

/**
 * {@link HtmlAttributes} reads tags and their {@code src}/{@code href} attributes by hand; over
 * lines of every shape it must find exactly what the regular expressions that define it find.
 */
class HtmlAttributesTest {

  private static final Pattern TAG = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)([^>]*)>?");
  private static final Pattern ATTRIBUTE =
      Pattern.compile(
          "(?i)(?<![\\w-])(src|href)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))");

  private static final String[] TAGS = {
    "<video", "<div", "<a", "<V1-x", "<img", "<", "< ", "<1", ""
  };

  private static final String[] PIECES = {
    "<",
    ">",
    "<video",
    " ",
    " ",
    "\t",
    "\u000B",
    "src",
    "SRC",
    "Src",
    "href",
    "HREF",
    "hReF",
    "ſrc",
    "xsrc",
    "-src",
    "_href",
    "data-src",
    " src=",
    " SRC = ",
    " href=",
    "=",
    "=",
    " = ",
    "\"",
    "'",
    "`",
    "\"a.mp4\"",
    "'b c'",
    "u.mp4",
    "https://x.test/v.mp4?a=1#t",
    "é",
    "/",
    " controls",
    " muted=\"false\"",
    "></video>",
    "</div>",
    "\n"
  };

  @Test
  void attributesAreWhatTheRegularExpressionsFind() {
    GeneratedText lines = new GeneratedText(11, TAGS, PIECES, 13);
    int withAttributes = 0;
    for (int round = 0; round < 100_000; round++) {
      String text = lines.next();
      List<String> expected = byRegex(text);
      assertThat(byHand(text)).as("[%s]", text).isEqualTo(expected);
      if (!expected.isEmpty()) {
        withAttributes++;
      }
    }
    assertThat(withAttributes).as("lines with attributes are exercised").isGreaterThan(10_000);
  }

  @Test
  void aVideoSourceIsReadWithItsPosition() {
    assertThat(
            byHand("  <div><video controls src=\"https://x.test/a.mp4\" muted=\"false\"></video>"))
        .containsExactly("video src https://x.test/a.mp4 @28");
  }

  private static List<String> byHand(String text) {
    List<HtmlAttributes.Attribute> found = new ArrayList<>();
    HtmlAttributes.inLine(text, SourceSpan.of(0, 0, 0, text.length()), found);
    List<String> described = new ArrayList<>();
    for (HtmlAttributes.Attribute a : found) {
      described.add(
          a.tag() + " " + a.name() + " " + a.value() + " @" + (a.position().column() - 1));
    }
    return described;
  }

  private static List<String> byRegex(String text) {
    List<String> described = new ArrayList<>();
    Matcher tag = TAG.matcher(text);
    while (tag.find()) {
      Matcher attr = ATTRIBUTE.matcher(text).region(tag.start(2), tag.end(2));
      while (attr.find()) {
        int group = attr.group(2) != null ? 2 : attr.group(3) != null ? 3 : 4;
        described.add(
            tag.group(1).toLowerCase(Locale.ROOT)
                + " "
                + attr.group(1).toLowerCase(Locale.ROOT)
                + " "
                + attr.group(group)
                + " @"
                + attr.start(group));
      }
    }
    return described;
  }
}
