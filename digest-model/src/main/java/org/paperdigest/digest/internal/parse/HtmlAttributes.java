package org.paperdigest.digest.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.paperdigest.digest.internal.AsciiChars;
import org.paperdigest.digest.model.Link;
import org.paperdigest.digest.model.LinkKind;
import org.paperdigest.digest.model.SourcePosition;

/** The {@code src} and {@code href} attributes of raw HTML, with the position of each value. */
final class HtmlAttributes {

  /** One attribute value inside a tag. */
  record Attribute(String tag, String name, String value, SourcePosition position) {

    Link toLink() {
      return new Link(value, LinkKind.HTML_ATTRIBUTE, position);
    }
  }

  private HtmlAttributes() {}

  /** The first {@code <video src>} among {@code nodes}, as a link. */
  static Optional<Link> videoSource(List<? extends Node> nodes, SourceLines lines) {
    for (Node html : nodes) {
      for (Attribute a : of(html, lines)) {
        if (a.tag().equals("video") && a.name().equals("src")) {
          return Optional.of(a.toLink());
        }
      }
    }
    return Optional.empty();
  }

  /** Every link attribute of an HTML block or inline node, line by line. */
  static List<Attribute> of(Node html, SourceLines lines) {
    List<Attribute> found = new ArrayList<>();
    for (SourceSpan span : html.getSourceSpans()) {
      inLine(lines.text(span), span, found);
    }
    return found;
  }

  /**
   * The link attributes of one line of HTML, read by hand as the regular expressions
   *
   * <pre>{@code
   * tag:       <([A-Za-z][A-Za-z0-9-]*)([^>]*)>?
   * attribute: (?i)(?<![\w-])(src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))
   * }</pre>
   *
   * find them, the second within the first's attribute part ({@code HtmlAttributesTest} holds both
   * to that). Every line of every HTML block goes through here.
   */
  static void inLine(String text, SourceSpan span, List<Attribute> found) {
    int n = text.length();
    int open = text.indexOf('<');
    while (open >= 0) {
      if (open + 1 >= n || !AsciiChars.isLetter(text.charAt(open + 1))) {
        open = text.indexOf('<', open + 1);
        continue;
      }
      int nameEnd = open + 2;
      while (nameEnd < n && isTagNameChar(text.charAt(nameEnd))) {
        nameEnd++;
      }
      int close = text.indexOf('>', nameEnd);
      int attributesEnd = close < 0 ? n : close;
      String tag = text.substring(open + 1, nameEnd).toLowerCase(Locale.ROOT);
      attributes(text, nameEnd, attributesEnd, tag, span, found);
      open = close < 0 ? -1 : text.indexOf('<', close + 1);
    }
  }

  /** The {@code src} and {@code href} attributes between {@code start} and {@code end}. */
  private static void attributes(
      String text, int start, int end, String tag, SourceSpan span, List<Attribute> found) {
    int p = start;
    while (p < end) {
      int nameLength =
          p > start && isWordOrDash(text.charAt(p - 1))
              ? 0
              : startsWithIgnoringAsciiCase(text, p, end, "src")
                  ? 3
                  : startsWithIgnoringAsciiCase(text, p, end, "href") ? 4 : 0;
      int next = nameLength == 0 ? -1 : value(text, p, p + nameLength, end, tag, span, found);
      p = next < 0 ? p + 1 : next;
    }
  }

  /**
   * Reads {@code \s*=\s*} and a value after an attribute name ending at {@code nameEnd}; adds the
   * attribute and returns where the match ends, or -1 when there is none.
   */
  private static int value(
      String text,
      int nameStart,
      int nameEnd,
      int end,
      String tag,
      SourceSpan span,
      List<Attribute> found) {
    int q = skipRegexSpace(text, nameEnd, end);
    if (q >= end || text.charAt(q) != '=') {
      return -1;
    }
    q = skipRegexSpace(text, q + 1, end);
    if (q >= end) {
      return -1;
    }
    char first = text.charAt(q);
    int valueStart;
    int valueEnd;
    int matchEnd;
    if (first == '"' || first == '\'') {
      int quote = text.indexOf(first, q + 1);
      if (quote < 0 || quote >= end) {
        return -1;
      }
      valueStart = q + 1;
      valueEnd = quote;
      matchEnd = quote + 1;
    } else {
      int r = q;
      while (r < end && isUnquotedValueChar(text.charAt(r))) {
        r++;
      }
      if (r == q) {
        return -1;
      }
      valueStart = q;
      valueEnd = r;
      matchEnd = r;
    }
    found.add(
        new Attribute(
            tag,
            text.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT),
            text.substring(valueStart, valueEnd),
            SourceLines.position(span, valueStart)));
    return matchEnd;
  }

  private static boolean startsWithIgnoringAsciiCase(String text, int at, int end, String word) {
    if (at + word.length() > end) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = text.charAt(at + i);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (lower != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int skipRegexSpace(String text, int from, int end) {
    int i = from;
    while (i < end && AsciiChars.isRegexSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isTagNameChar(char c) {
    return AsciiChars.isLetter(c) || AsciiChars.isDigit(c) || c == '-';
  }

  private static boolean isWordOrDash(char c) {
    return AsciiChars.isLetter(c) || AsciiChars.isDigit(c) || c == '_' || c == '-';
  }

  private static boolean isUnquotedValueChar(char c) {
    return !AsciiChars.isRegexSpace(c)
        && c != '"'
        && c != '\''
        && c != '='
        && c != '<'
        && c != '>'
        && c != '`';
  }
}
