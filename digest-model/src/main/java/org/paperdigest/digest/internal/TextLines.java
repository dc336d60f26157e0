package org.paperdigest.digest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A digest's text as its lines: a byte order mark at the start is no content (GitHub shows none,
 * and columns count from after it), and {@code \r\n}, a lone {@code \r} and {@code \n} each end a
 * line, as CommonMark counts them.
 */
public final class TextLines {

  /** U+FEFF, the byte order mark some editors put at a UTF-8 file's start. */
  public static final char BYTE_ORDER_MARK = '\uFEFF';

  private static final Pattern LINE_END = Pattern.compile("\r\n|\r|\n");

  private TextLines() {}

  /** Whether {@code text} starts with a byte order mark. */
  public static boolean hasByteOrderMark(String text) {
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK;
  }

  /** {@code text} without the byte order mark it may start with. */
  public static String withoutByteOrderMark(String text) {
    return hasByteOrderMark(text) ? text.substring(1) : text;
  }

  /** The lines of {@code text} without their ends or a byte order mark; a mutable list. */
  public static List<String> of(String text) {
    return new ArrayList<>(List.of(LINE_END.split(withoutByteOrderMark(text), -1)));
  }
}
