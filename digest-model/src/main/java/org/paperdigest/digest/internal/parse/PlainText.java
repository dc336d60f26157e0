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
    String only = onlyText(node);
    if (only != null) {
      return only;
    }
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

  /** Whether the only inline under {@code node} is one text, as {@link #onlyText} finds it. */
  static boolean isOnlyText(Node node) {
    return onlyText(node) != null;
  }

  /**
   * The literal of the one text under {@code node} when its children form a single chain down to it
   * (the usual summary item: a paragraph holding one text), or {@code null}. It spares copying the
   * literal through a builder, which is what {@link #of} would return.
   */
  private static String onlyText(Node node) {
    Node n = node.getFirstChild();
    while (n != null
        && n.getNext() == null
        && !(n instanceof Text)
        && !(n instanceof Code)
        && !(n instanceof ListBlock)) {
      n = n.getFirstChild();
    }
    return n instanceof Text text && n.getNext() == null ? text.getLiteral() : null;
  }

  private static void pushChildren(Node node, Deque<Node> stack) {
    for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
      stack.push(child);
    }
  }
}
