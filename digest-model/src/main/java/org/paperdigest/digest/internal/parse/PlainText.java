package org.paperdigest.digest.internal.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The readable text of a node: text and code literals, line breaks as spaces, nested lists left
 * out.
 */
final class PlainText {

  private PlainText() {}

  static String of(Node node) {
    StringBuilder out = new StringBuilder();
    // Iterative so that pathologically deep nesting cannot overflow the stack.
    Deque<Node> stack = new ArrayDeque<>();
    pushChildren(node, stack);
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      if (n instanceof Text text) {
        out.append(text.getLiteral());
      } else if (n instanceof Code code) {
        out.append(code.getLiteral());
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        out.append(' ');
      } else if (!(n instanceof ListBlock)) {
        pushChildren(n, stack);
      }
    }
    return out.toString();
  }

  private static void pushChildren(Node node, Deque<Node> stack) {
    for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
      stack.push(child);
    }
  }
}
