package org.paperdigest.digest.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.paperdigest.digest.GeneratedText;

/**
 * {@link PlainText} returns a lone text's literal as it is; over generated Markdown, every node's
 * plain text must still be what the definition gives: text and code literals in order, line breaks
 * as spaces, nested lists left out.
 */
class PlainTextTest {

  private static final Parser PARSER = CommonMarkConfig.parser();

  private static final String[] STARTS = {"- ", "### ", "", "1. ", "> - ", "* "};
  private static final String[] PIECES = {
    "word", " ", "모델", "*em*", "**strong**", "`code`", "[link](https://a.b/c)", "![img](x.png)",
    "<b>", "</b>", "\n", "\n  - nested", "\n- next", "https://example.org/x", "  \n", "\\\n",
    "[", "]", "_", "&amp;", "<!-- c -->", "\n\n"
  };

  @Test
  void everyNodesPlainTextIsWhatTheDefinitionSays() {
    GeneratedText texts = new GeneratedText(11, STARTS, PIECES, 12);
    int lone = 0;
    for (int round = 0; round < 20_000; round++) {
      String markdown = texts.next();
      Node document = PARSER.parse(markdown);
      for (Node node : descendants(document)) {
        assertThat(PlainText.of(node)).as("%s in [%s]", node, markdown).isEqualTo(definition(node));
        if (node.getFirstChild() instanceof Text && node.getFirstChild().getNext() == null) {
          lone++;
        }
      }
    }
    assertThat(lone).as("the lone-text way is exercised").isGreaterThan(10_000);
  }

  private static String definition(Node node) {
    StringBuilder out = new StringBuilder();
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text text) {
        out.append(text.getLiteral());
      } else if (child instanceof Code code) {
        out.append(code.getLiteral());
      } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
        out.append(' ');
      } else if (!(child instanceof ListBlock)) {
        out.append(definition(child));
      }
    }
    return out.toString();
  }

  private static List<Node> descendants(Node root) {
    List<Node> all = new ArrayList<>();
    for (Node child = root.getFirstChild(); child != null; child = child.getNext()) {
      all.add(child);
      all.addAll(descendants(child));
    }
    return all;
  }
}
