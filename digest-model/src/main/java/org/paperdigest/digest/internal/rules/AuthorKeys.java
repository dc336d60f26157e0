package org.paperdigest.digest.internal.rules;

import java.text.Normalizer;
import java.util.Locale;
import org.paperdigest.digest.internal.AsciiChars;

/**
 * The keys author names are compared by: {@link #sameName} for DG110 (NFC, whitespace folded) and
 * {@link #lookAlike} for DG115 (NFKD, no marks, no case, punctuation dropped, whitespace folded).
 *
 * <p>Names are nearly always ASCII or Latin letters below U+0300, and those take a short way that
 * never reaches {@link Normalizer}: every character below U+0300 has combining class 0 and is
 * NFC-stable, so such text already is NFC, and its NFKD is the concatenation of each character's
 * (the per-character table below is worked out with {@link Normalizer} itself). Keeping the
 * normalizer and regular expressions off the common path also keeps the JIT's compiled form of the
 * author rules small, which a cold build pays for.
 */
public final class AuthorKeys {

  /** Below this, text is NFC as it stands and NFKD works character by character. */
  private static final char FIRST_COMBINING_MARK = '\u0300';

  private static final long HASH_START = 0xCBF29CE484222325L;

  private AuthorKeys() {}

  /** The DG110 key: NFC, runs of ASCII whitespace as one space, stripped. */
  public static String sameName(String name) {
    if (isPlain(name)) {
      return name; // NFC leaves it as it is, and there is no whitespace to fold or strip
    }
    String nfc =
        allBelow(name, FIRST_COMBINING_MARK)
            ? name
            : Normalizer.normalize(name, Normalizer.Form.NFC);
    return foldWhitespace(nfc);
  }

  /**
   * The DG115 key: NFKD without marks, lower-cased, punctuation and symbols dropped ({@code
   * Gu-Lemberg} and {@code GuLemberg} meet), and the words that whitespace separates joined by one
   * space.
   */
  public static String lookAlike(String name) {
    CharSequence bare;
    if (allBelow(name, '\u0080')) {
      bare = name; // NFKD and the marks change nothing, and the joining lower-cases ASCII
    } else if (allBelow(name, FIRST_COMBINING_MARK)) {
      bare = LatinTable.bareLowerCase(name);
    } else {
      String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
      bare = withoutMarks(decomposed).toLowerCase(Locale.ROOT);
    }
    return joinLettersAndDigits(bare);
  }

  /**
   * The DG121 key of a spelling: {@link #lookAlike} without the spaces between words, so that names
   * written with other case, diacritics, hyphens, dots or spacing meet ({@code Kölle} and {@code
   * Kolle}, {@code J.-P. Smith} and {@code JP Smith}).
   */
  public static String spelling(String name) {
    return lookAlike(name).replace(" ", "");
  }

  /**
   * Characters from U+0020 to below U+0300, with single spaces between words and none at either
   * end: the usual name, whose DG110 key is itself (in that range, the space is the only character
   * that is whitespace to the folding or to {@link String#strip()}).
   */
  private static boolean isPlain(String name) {
    int n = name.length();
    if (n == 0 || name.charAt(0) == ' ' || name.charAt(n - 1) == ' ') {
      return false;
    }
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c < ' ' || c >= FIRST_COMBINING_MARK || (c == ' ' && previous == ' ')) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /**
   * A 64-bit hash of {@link #lookAlike}{@code (name)}, the same as {@link #hash} of that key,
   * worked out for names below U+0300 without building the key, one table fragment per character:
   * names with equal keys have equal hashes, so names whose hashes all differ cannot look alike.
   */
  public static long lookAlikeHash(String name) {
    long hash = HASH_START;
    boolean gap = false;
    boolean any = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= FIRST_COMBINING_MARK) {
        return hash(lookAlike(name));
      }
      String fragment = Fragments.OF[c];
      for (int j = 0; j < fragment.length(); j++) {
        char f = fragment.charAt(j);
        if (f == Fragments.GAP) {
          gap = true;
        } else {
          if (gap && any) {
            hash = step(hash, ' ');
          }
          hash = step(hash, f);
          gap = false;
          any = true;
        }
      }
    }
    return hash;
  }

  /** FNV-1a over the characters of {@code key}. */
  static long hash(CharSequence key) {
    long hash = HASH_START;
    for (int i = 0; i < key.length(); i++) {
      hash = step(hash, key.charAt(i));
    }
    return hash;
  }

  private static long step(long hash, char c) {
    return (hash ^ c) * 0x100000001B3L;
  }

  /** Whether every character of {@code name} is below {@code limit}. */
  private static boolean allBelow(String name, char limit) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= limit) {
        return false;
      }
    }
    return true;
  }

  /** Each run of {@code [ \t\n\x0B\f\r]} as one space, then {@link String#strip()}. */
  private static String foldWhitespace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean inRun = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (AsciiChars.isRegexSpace(c)) {
        if (!inRun) {
          out.append(' ');
          inRun = true;
        }
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.toString().strip();
  }

  /** {@code text} without its combining marks (general categories Mn, Mc and Me). */
  private static String withoutMarks(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!isMark(cp)) {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * The letters and digits (categories L and N) of {@code text}, each run that whitespace separates
   * joined by one space and every other character dropped, with ASCII letters lower-cased (the rest
   * of {@code text} is lower-case already).
   */
  private static String joinLettersAndDigits(CharSequence text) {
    StringBuilder key = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (!isLetterOrDigit(cp)) {
        gap |= isSpace(cp);
        continue;
      }
      if (gap && key.length() > 0) {
        key.append(' ');
      }
      gap = false;
      if (cp >= 'A' && cp <= 'Z') {
        key.append((char) (cp + ('a' - 'A')));
      } else {
        key.appendCodePoint(cp);
      }
    }
    return key.toString();
  }

  /** Whitespace and space separators (a no-break space too): what separates words of a name. */
  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  private static boolean isLetterOrDigit(int cp) {
    if (cp < 0x80) {
      return AsciiChars.isLetter((char) cp) || AsciiChars.isDigit((char) cp);
    }
    int type = Character.getType(cp);
    return type == Character.UPPERCASE_LETTER
        || type == Character.LOWERCASE_LETTER
        || type == Character.TITLECASE_LETTER
        || type == Character.MODIFIER_LETTER
        || type == Character.OTHER_LETTER
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * What each character below U+0300 adds to a DG115 key: its NFKD without marks, lower-cased, with
   * whitespace as {@link #GAP} and every other character that is not a letter or digit left out.
   * The key is the fragments run together, each run of gaps one space, none at either end.
   */
  private static final class Fragments {

    /** Stands for whitespace, which separates words; a space is never a letter or a digit. */
    static final char GAP = ' ';

    static final String[] OF = new String[FIRST_COMBINING_MARK];

    static {
      for (char c = 0; c < FIRST_COMBINING_MARK; c++) {
        String bare = c < 0x80 ? String.valueOf(c) : LatinTable.BARE_LOWER_CASE[c];
        StringBuilder fragment = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); i++) {
          char b = bare.charAt(i);
          if (isSpace(b)) {
            fragment.append(GAP);
          } else if (isLetterOrDigit(b)) {
            fragment.append(b >= 'A' && b <= 'Z' ? (char) (b + ('a' - 'A')) : b);
          }
        }
        OF[c] = fragment.toString();
      }
    }
  }

  /**
   * Each character from U+0080 to U+02FF as NFKD without marks, lower-cased. A holder class, so the
   * table is only built when a non-ASCII name first needs it.
   */
  private static final class LatinTable {

    private static final String[] BARE_LOWER_CASE = new String[FIRST_COMBINING_MARK];

    static {
      for (char c = 0x80; c < FIRST_COMBINING_MARK; c++) {
        BARE_LOWER_CASE[c] =
            withoutMarks(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD))
                .toLowerCase(Locale.ROOT);
      }
    }

    /** NFKD without marks, lower-cased, of a name whose characters are all below U+0300. */
    static CharSequence bareLowerCase(String name) {
      StringBuilder out = new StringBuilder(name.length() + 4);
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c < 0x80) {
          out.append(c); // lower-cased when joined
        } else {
          out.append(BARE_LOWER_CASE[c]);
        }
      }
      return out;
    }
  }
}
