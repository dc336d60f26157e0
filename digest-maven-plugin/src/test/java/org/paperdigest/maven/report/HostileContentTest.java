package org.paperdigest.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdigest.maven.output.JsonTrees;
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

    String open = "<script type=\"application/json\" id=\"digest-data\">";
    String data = html.substring(html.indexOf(open) + open.length(), html.indexOf("</script>"));
    String page = html.replace(data, "");
    String body = page.substring(page.indexOf("<body>"), page.lastIndexOf("<script>"));
    assertThat(body).containsOnlyOnce("<script").doesNotContain("<img");
    assertThat(html).containsOnlyOnce("<script>").contains("script-src 'sha256-");
    // The data block holds the digest's text, but no '<' that could end the element or open one.
    assertThat(data)
        .doesNotContain("<")
        .doesNotContain(">")
        .contains("\\u003cimg src=x onerror=\\\"document.title='pwned'\\\"\\u003e");
    JsonNode findings = JsonTrees.MAPPER.readTree(data).get("findings");
    // A row is an array (ReportData): its seventh item is the line it quotes.
    List<String> texts = new ArrayList<>();
    findings.forEach(row -> texts.add(row.get(6).asText()));
    assertThat(texts)
        .contains(
            "Authors: Alice, <img src=x onerror=\"document.title='pwned'\">, Bob | Carol,"
                + " <img src=x onerror=\"document.title='pwned'\">");
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
        .isEqualTo(new SourceExcerpt("Authors: Ann, Bob Lee, Bob Lee", 23, 30));
    assertThat(SourceExcerpt.of("see [a [b]](http://x/(1)) then", 5).span())
        .isEqualTo("[a [b]](http://x/(1))");
    assertThat(SourceExcerpt.of("go https://x.org/a?b). ok", 4).span())
        .isEqualTo("https://x.org/a?b");
    assertThat(SourceExcerpt.of("## Daily Papers (2024-02-30)", 1).span())
        .isEqualTo("## Daily Papers (2024-02-30)");
    assertThat(SourceExcerpt.of("short", 40)).isEqualTo(new SourceExcerpt("short", 5, 5));
  }

  @Test
  void excerptOfAHugeLineIsAWindowAroundTheSpan() {
    String line = "x".repeat(100_000) + ", Name, " + "y".repeat(100_000);

    SourceExcerpt excerpt = SourceExcerpt.of(line, 100_003);

    assertThat(excerpt.span()).isEqualTo("Name");
    assertThat(excerpt.text()).hasSize(SourceExcerpt.MAX_CHARS + 2).startsWith("…").endsWith("…");
    assertThat(excerpt.before()).hasSize(SourceExcerpt.WINDOW_BEFORE + 1);
  }

  @Test
  void excerptKeepsALongLineWholeUpToItsBoundAndNeverSplitsACharacter() {
    String whole = "가".repeat(SourceExcerpt.MAX_CHARS - 10) + ", Name";
    assertThat(SourceExcerpt.of(whole, whole.length() - 3).text()).isSameAs(whole);

    String emoji = "\uD83D\uDE00".repeat(SourceExcerpt.MAX_CHARS);
    SourceExcerpt cut = SourceExcerpt.of(emoji, SourceExcerpt.MAX_CHARS + 2);
    String inside = cut.text().substring(1, cut.text().length() - 1);
    assertThat(inside.codePoints()).containsOnly(0x1F600);
    assertThat(cut.start()).isBetween(1, cut.text().length());
  }
}
