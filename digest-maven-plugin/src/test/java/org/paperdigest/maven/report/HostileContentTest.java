package org.paperdigest.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * A digest whose title and authors hold markup, quotes, {@code %}, {@code ::} and commas: every
 * report keeps the text as text.
 */
class HostileContentTest {

  static final Path HOSTILE = ReportFixtures.EXPECTED.resolve("hostile");

  @TempDir Path out;

  @Test
  void hostileDigestHasTheFindingsTheseTestsRelyOn() throws IOException {
    ReportContext context = ReportFixtures.check(HOSTILE, Set.of());

    assertThat(context.result().findings())
        .extracting(f -> f.ruleId() + "@" + f.line() + ":" + f.column())
        .contains("DG110@9:76", "DG206@9:26");
  }

  @Test
  void htmlShowsMarkupAsTextAndQuotesTheSourceEscaped() throws IOException {
    String html =
        Files.readString(
            new HtmlReportWriter().write(ReportFixtures.check(HOSTILE, Set.of()), out));

    String body = html.substring(html.indexOf("<body>"), html.lastIndexOf("<script>"));
    assertThat(body)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .contains("&lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;");
    assertThat(html).containsOnlyOnce("<script>").contains("script-src 'sha256-");
  }

  @Test
  void xmlReportsParseAndKeepTheTextExactly() throws Exception {
    ReportContext context = ReportFixtures.check(HOSTILE, Set.of());

    Document checkstyle = ReportFormatsTest.parse(new CheckstyleReportWriter().write(context, out));
    Document junit = ReportFormatsTest.parse(new JunitReportWriter().write(context, out));

    var errors = checkstyle.getElementsByTagName("error");
    String message = null;
    for (int i = 0; i < errors.getLength(); i++) {
      var attributes = errors.item(i).getAttributes();
      if (attributes.getNamedItem("source").getNodeValue().equals("DG110")) {
        message = attributes.getNamedItem("message").getNodeValue();
      }
    }
    assertThat(message).contains("<img src=x onerror=\"document.title='pwned'\">");
    assertThat(junit.getElementsByTagName("failure").getLength()).isPositive();
  }

  @Test
  void charactersXmlCannotCarryBecomeReplacementCharacters() {
    assertThat(XmlDocument.clean("a\u0001b\uD800c\uD83D\uDE00d\tok"))
        .isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00d\tok");
  }

  @Test
  void htmlEscapesEveryMarkupCharacter() {
    assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  }

  @Test
  void excerptMarksTheConstructThatStartsAtTheColumn() {
    assertThat(SourceExcerpt.of("Authors: Ann, Bob Lee, Bob Lee", 24))
        .isEqualTo(new SourceExcerpt("Authors: Ann, Bob Lee, ", "Bob Lee", ""));
    assertThat(SourceExcerpt.of("see [a [b]](http://x/(1)) then", 5))
        .isEqualTo(new SourceExcerpt("see ", "[a [b]](http://x/(1))", " then"));
    assertThat(SourceExcerpt.of("go https://x.org/a?b). ok", 4))
        .isEqualTo(new SourceExcerpt("go ", "https://x.org/a?b", "). ok"));
    assertThat(SourceExcerpt.of("## Daily Papers (2024-02-30)", 1).span())
        .isEqualTo("## Daily Papers (2024-02-30)");
    assertThat(SourceExcerpt.of("short", 40)).isEqualTo(new SourceExcerpt("short", "", ""));
  }

  @Test
  void excerptOfAHugeLineIsAWindowAroundTheSpan() {
    String line = "x".repeat(100_000) + ", Name, " + "y".repeat(100_000);

    SourceExcerpt excerpt = SourceExcerpt.of(line, 100_003);

    assertThat(excerpt.span()).isEqualTo("Name");
    assertThat(excerpt.before()).hasSize(SourceExcerpt.BEFORE + 1).startsWith("…");
    assertThat(excerpt.after()).endsWith("…").hasSizeLessThan(SourceExcerpt.AFTER + 2);
  }
}
