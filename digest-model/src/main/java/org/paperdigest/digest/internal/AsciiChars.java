package org.paperdigest.digest.internal;

/**
 * ASCII character classes as Java's regular expressions define them (without {@code
 * UNICODE_CHARACTER_CLASS}), for the hand-written short ways that stand in for patterns.
 */
public final class AsciiChars {

  private AsciiChars() {}

  /** {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
  public static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** {@code [A-Za-z]}. */
  public static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** {@code [0-9]}, regex's {@code \d}. */
  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code \p{Punct}}: the printable ASCII characters that are neither letters nor digits. */
  public static boolean isPunctuation(char c) {
    return (c >= '!' && c <= '/')
        || (c >= ':' && c <= '@')
        || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
  }
}
