package org.paperdigest.digest.gfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.paperdigest.digest.DigestParser;
import org.paperdigest.digest.DigestValidator;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.ValidationConfig;
import org.paperdigest.digest.internal.UrlText;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.DigestSource;
import org.paperdigest.digest.model.Link;
import org.paperdigest.digest.model.LinkKind;

/**
 * DG202, DG120 and DG209 held to GitHub's renderer: thousands of generated summary items, each
 * rendered by cmark-gfm (see {@link CmarkGfm}) and checked by the toolkit, must agree item by item.
 * A bare URL must be linked with exactly the extent cmark-gfm gives it, DG202 must report exactly
 * the URLs GitHub links with more than their author wrote (and name the URL meant), DG120 must
 * report every piece of raw HTML GitHub leaves out (comments and kept formatting aside), and DG209
 * every {@code [text]} GitHub shows in brackets before a URL.
 */
class GithubRenderingTest {

  private static final String HEAD =
      """
      ## Daily Papers (2024-01-08)

      ### [Generated](https://arxiv.org/abs/2401.02954)

      ![](https://cdn-uploads.huggingface.co/production/uploads/abc/thumb.png)

      Vote: 1

      Authors: Ada Lovelace

      """;

  /** The lines before the first item. */
  private static final int HEAD_LINES = 10;

  /** One generated summary item and what its author meant. */
  record Case(String item, String intendedUrl, int formattingHtml, String brackets) {}

  @Test
  void bareUrlsGluedTextAndLostParenthesesAreWhatGitHubRenders() throws Exception {
    CmarkGfm cmark = CmarkGfm.installed();
    List<Case> cases = new ArrayList<>();
    Random random = new Random(20261202);
    for (int i = 0; i < 3000; i++) {
      cases.add(urlCase(random));
    }
    String markdown = document(cases);
    List<String> items = CmarkGfm.items(cmark.render(markdown));
    assertThat(items).hasSize(cases.size());
    Checked checked = check(markdown);

    int glued = 0;
    int lost = 0;
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      String html = items.get(i);
      int line = HEAD_LINES + 1 + i;
      List<String> github =
          CmarkGfm.linkTexts(html).stream().filter(GithubRenderingTest::isUrl).toList();
      List<Link> bare =
          checked.file.links().stream()
              .filter(
                  l ->
                      (l.kind() == LinkKind.BARE_URL || l.kind() == LinkKind.BRACKETED_URL)
                          && l.position().line() == line)
              .toList();
      String where = "item [" + c.item() + "] rendered as " + html;
      // GitHub links a bare URL from where it starts; the parser records exactly that extent.
      if (!github.isEmpty()) {
        assertThat(bare).as(where).hasSize(1);
        assertThat(bare.get(0).url()).as(where).isEqualTo(github.get(0));
        assertThat(UrlText.intended(bare.get(0))).as(where).isEqualTo(c.intendedUrl());
      }
      // Shown: the bracketed text, then the URL's scheme and host (emphasis may cut it after that).
      String schemeAndHost = c.intendedUrl().replaceFirst("^([^:]+://[^/?#]+).*", "$1");
      boolean bracketsShown =
          !c.brackets().isEmpty()
              && CmarkGfm.shownText(html).contains(c.brackets() + schemeAndHost);
      assertThat(checked.at(Rule.DG209, line)).as(where).hasSize(bracketsShown ? 1 : 0);
      lost += bracketsShown ? 1 : 0;
      // Where the brackets show, DG209's fix makes the URL a link's destination: DG202 stays out.
      boolean gitHubGlues = !github.isEmpty() && !github.get(0).equals(c.intendedUrl());
      List<Finding> dg202 = checked.at(Rule.DG202, line);
      assertThat(dg202).as(where).hasSize(gitHubGlues && !bracketsShown ? 1 : 0);
      if (!dg202.isEmpty()) {
        glued++;
        assertThat(dg202.get(0).message())
            .as(where)
            .startsWith("bare URL " + c.intendedUrl() + " runs into");
      }
    }
    assertThat(glued).as("glued URLs among the cases").isGreaterThan(600);
    assertThat(lost).as("lost parentheses among the cases").isGreaterThan(200);
  }

  @Test
  void rawHtmlInSummariesIsReportedWhereGitHubLeavesItOut() throws Exception {
    CmarkGfm cmark = CmarkGfm.installed();
    List<Case> cases = new ArrayList<>();
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      cases.add(htmlCase(random));
    }
    String markdown = document(cases);
    List<String> items = CmarkGfm.items(cmark.render(markdown));
    assertThat(items).hasSize(cases.size());
    Checked checked = check(markdown);
    int reported = 0;
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      int omitted = CmarkGfm.omittedHtml(items.get(i));
      List<Finding> dg120 = checked.at(Rule.DG120, HEAD_LINES + 1 + i);
      assertThat(dg120.size())
          .as("item [%s] rendered as %s", c.item(), items.get(i))
          .isEqualTo(omitted - c.formattingHtml());
      reported += dg120.size();
    }
    assertThat(reported).as("tags reported among the cases").isGreaterThan(1400);
  }

  // ---- Generated items

  private static final String[][] WRAPPERS = {
    {"", ""},
    {"코드는 ", ""},
    {"See ", ""},
    {"링크: ", ""},
    {"페이지(", ")"},
    {"(see ", ")"},
    {"'", "'"},
    {"\"", "\""},
    {"**", "**"},
    {"_", "_"},
    {"「", "」"},
    {"‘", "’"},
    {"（", "）"}
  };
  private static final String[] SCHEMES = {"https://", "http://", "HTTPS://", "ftp://"};
  private static final String[] HOSTS = {
    "x.io",
    "project.github.io",
    "github.com",
    "127.0.0.1",
    "a-b.example.org",
    "my_site.example.com",
    "x.my_site.io",
    "한국.example",
    "ko.wikipedia.org",
    "HF.co"
  };
  private static final String[] SEGMENTS = {
    "a",
    "demo",
    "org/repo",
    "wiki/한국어",
    "wiki/서울_(도시)",
    "%ED%95%9C",
    "file.html",
    "a-b_c",
    "v1.2",
    "wiki/Café",
    "Pikachu_(Electric)",
    "x~y",
    "a*b"
  };
  private static final String[] PARTICLES = {
    "에서", "을", "를", "은", "는", "이", "가", "의", "에", "으로", "로", "와", "과", "에서는", "에서도", "이다", "입니다",
    "로부터", "처럼"
  };
  private static final String[] WORDS = {"텍스트", "데모", "한국어", "페이지", "코드"};
  private static final String[] AFTER_SPACE = {
    "", " 에서 확인", ". 끝", ", 그리고", "! 좋다", "? 네", " and more"
  };

  /**
   * A bare URL inside running text, as Korean summaries write them: wrapped or not, followed by a
   * space, punctuation, or Korean glued to it; sometimes after a {@code [text]} without
   * parentheses.
   */
  private static Case urlCase(Random random) {
    String[] wrapper = pick(random, WRAPPERS);
    StringBuilder url = new StringBuilder(pick(random, SCHEMES)).append(pick(random, HOSTS));
    int segments = random.nextInt(4);
    for (int i = 0; i < segments; i++) {
      url.append('/').append(pick(random, SEGMENTS));
    }
    switch (random.nextInt(6)) {
      case 0 -> url.append('/');
      case 1 -> url.append("?q=1&x=y");
      case 2 -> url.append("#sec");
      default -> {}
    }
    String intended = url.toString();
    boolean endsKorean =
        Character.UnicodeScript.of(intended.codePointBefore(intended.length()))
            == Character.UnicodeScript.HANGUL;
    String after;
    int shape = random.nextInt(4);
    if (shape == 0 || (endsKorean && wrapper[1].isEmpty())) {
      // A Korean word after a path segment in Korean would be part of the segment: no glue there.
      after = pick(random, AFTER_SPACE);
    } else if (shape == 1 && !wrapper[1].isEmpty()) {
      after = pick(random, WORDS); // any word after a closing bracket or quote
    } else if (shape == 2 && (intended.endsWith("io") || intended.endsWith("com"))) {
      after = pick(random, WORDS); // any word after the host
    } else {
      after = pick(random, PARTICLES);
    }
    String brackets =
        random.nextInt(5) == 0
            ? "[" + pick(random, new String[] {"Watch Video", "코드", "a [b] c"}) + "]"
            : "";
    String item = "앞 " + wrapper[0] + brackets + intended + wrapper[1] + after + " 뒤";
    return new Case(item, intended, 0, brackets);
  }

  private static final String[] REPORTED = {
    "<think>",
    "</think>",
    "<EOS>",
    "</s>",
    "<s>",
    "<search>",
    "<answer>",
    "<x-y>",
    "<bos>",
    "<think attr=\"1\">",
    "<P>",
    "</search >",
    "<br-x/>",
    "<x:y>",
    // Tags of real elements that are not written as markup: upper case, or with no partner on
    // the line (a model's tokens).
    "<SPAN>",
    "</CN>",
    "<sub>",
    "</b>",
    "<B>x</b>"
  };

  /** Inline formatting written as markup is, each with how many raw HTML pieces it holds. */
  private static final String[] FORMATTING = {
    "<br/>", "H<sub>2</sub>O", "<img src=\"x.png\">", "<!-- note -->", "<b>bold</b>", "<BR>"
  };

  private static final String[] PLAIN = {
    "<|im_start|>",
    "<1>",
    "< think>",
    "a < b",
    "`<think>`",
    "\\<think>",
    "<EOS",
    "<https://x.io>",
    "x<-y",
    "<->",
    "<ü>",
    "<tool_call>",
    "<im_start>"
  };

  /**
   * A summary sentence holding tag-like tokens: raw HTML, formatting, and text that only looks so.
   */
  private static Case htmlCase(Random random) {
    StringBuilder item = new StringBuilder("The model");
    int formatting = 0;
    int tokens = 1 + random.nextInt(4);
    for (int i = 0; i < tokens; i++) {
      item.append(random.nextBoolean() ? " " : " emits ");
      switch (random.nextInt(3)) {
        case 0 -> item.append(pick(random, REPORTED));
        case 1 -> {
          String piece = pick(random, FORMATTING);
          item.append(piece);
          formatting += piece.split("<", -1).length - 1;
        }
        default -> item.append(pick(random, PLAIN));
      }
    }
    return new Case(item.append(" tokens.").toString(), "", formatting, "");
  }

  // ---- Checking

  /** A parsed document and its findings. */
  record Checked(DigestFile file, List<Finding> findings) {
    List<Finding> at(Rule rule, int line) {
      return findings.stream().filter(f -> f.rule() == rule && f.line() == line).toList();
    }
  }

  private static String document(List<Case> cases) {
    return HEAD
        + cases.stream().map(c -> "- " + c.item()).collect(Collectors.joining("\n", "", "\n"));
  }

  private static Checked check(String markdown) {
    DigestFile file =
        DigestParser.create().parse(DigestSource.inMemory("paper_logs/2024/01/08.md"), markdown);
    try (DigestValidator validator = DigestValidator.create(ValidationConfig.defaults())) {
      return new Checked(file, validator.validate(file));
    }
  }

  private static boolean isUrl(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("http://")
        || lower.startsWith("https://")
        || lower.startsWith("ftp://");
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
