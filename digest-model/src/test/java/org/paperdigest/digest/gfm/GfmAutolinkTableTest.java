package org.paperdigest.digest.gfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperdigest.digest.DigestParser;
import org.paperdigest.digest.internal.UrlText;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.DigestSource;
import org.paperdigest.digest.model.Link;
import org.paperdigest.digest.model.LinkKind;

/**
 * The extended URL autolinks of the GFM spec (section 6.9, its {@code www.} examples written with a
 * scheme, as this toolkit links only URLs with one) and the shapes Korean digests add: each row is
 * a line of text and the link GitHub makes of it, or {@code -} for none. The parser must link the
 * same; where cmark-gfm is installed, the table itself is held to it.
 */
class GfmAutolinkTableTest {

  /** {@code text → link}, one a row. */
  private static final String TABLE =
      """
      https://www.commonmark.org → https://www.commonmark.org
      Visit https://www.commonmark.org/help for more information. → https://www.commonmark.org/help
      Visit https://www.commonmark.org. → https://www.commonmark.org
      Visit https://www.commonmark.org/a.b. → https://www.commonmark.org/a.b
      https://www.google.com/search?q=Markup+(business) → https://www.google.com/search?q=Markup+(business)
      https://www.google.com/search?q=Markup+(business))) → https://www.google.com/search?q=Markup+(business)
      (https://www.google.com/search?q=Markup+(business)) → https://www.google.com/search?q=Markup+(business)
      (https://www.google.com/search?q=Markup+(business) → https://www.google.com/search?q=Markup+(business)
      https://www.google.com/search?q=(business))+ok → https://www.google.com/search?q=(business))+ok
      https://www.google.com/search?q=commonmark&hl=en → https://www.google.com/search?q=commonmark&hl=en
      https://www.google.com/search?q=commonmark&hl; → https://www.google.com/search?q=commonmark
      https://www.commonmark.org/he<lp → https://www.commonmark.org/he
      http://commonmark.org → http://commonmark.org
      (Visit https://encrypted.google.com/search?q=Markup+(business)) → https://encrypted.google.com/search?q=Markup+(business)
      Anonymous FTP is available at ftp://foo.bar.baz. → ftp://foo.bar.baz
      https://foo.bar.baz_ → https://foo.bar.baz
      https://foo.bar.baz_ and more → -
      https://foo.bar._baz → -
      https://foo._bar.baz → -
      https://_foo.bar.baz → -
      https://x.io/a_b_ok → https://x.io/a_b_ok
      https://x.io/**bold** → https://x.io/**bold
      'https://x.io/a' → https://x.io/a
      "https://x.io/a"? → https://x.io/a
      https://x.io/a~~ → https://x.io/a
      코드는 https://github.com/org/repo에서 공개 → https://github.com/org/repo에서
      프로젝트 https://project.github.io에서 → https://project.github.io에서
      페이지(https://project.github.io)에서 → https://project.github.io)에서
      (see https://x.io/a)이 → https://x.io/a)이
      'https://x.io/a'에서 → https://x.io/a'에서
      https://x.io/demo/에서 → https://x.io/demo/에서
      https://ko.wikipedia.org/wiki/한국어 문서 → https://ko.wikipedia.org/wiki/한국어
      https://한국.example/page → https://한국.example/page
      **https://x.io**에서 → https://x.io**에서
      「https://x.io」에서 → https://x.io」에서
      https://x.io/a 에서 → https://x.io/a
      """;

  record Row(String text, String link) {}

  static Stream<Row> rows() {
    return TABLE
        .lines()
        .map(
            line -> {
              int arrow = line.lastIndexOf(" → ");
              return new Row(line.substring(0, arrow), line.substring(arrow + 3));
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theParserLinksWhatGitHubLinks(Row row) {
    DigestFile file =
        DigestParser.create().parse(DigestSource.inMemory("x.md"), "- " + row.text() + "\n");
    List<Link> bare = file.links().stream().filter(l -> l.kind() == LinkKind.BARE_URL).toList();
    if (row.link().equals("-")) {
      // Not linked on GitHub, so nothing is glued to it there: the URL as its author meant it.
      assertThat(bare).allMatch(link -> link.url().equals(UrlText.intended(link)));
    } else {
      assertThat(bare).extracting(Link::url).containsExactly(row.link());
    }
  }

  @Test
  void theTableIsWhatCmarkGfmRenders() throws Exception {
    CmarkGfm cmark = CmarkGfm.installed();
    List<Row> rows = rows().toList();
    String markdown = String.join("\n", rows.stream().map(r -> "- " + r.text()).toList()) + "\n";
    List<String> items = CmarkGfm.items(cmark.render(markdown));
    assertThat(items).hasSize(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      List<String> links = CmarkGfm.linkTexts(items.get(i));
      String expected = rows.get(i).link();
      assertThat(links)
          .as("%s rendered as %s", rows.get(i).text(), items.get(i))
          .isEqualTo(expected.equals("-") ? List.of() : List.of(expected));
    }
  }
}
