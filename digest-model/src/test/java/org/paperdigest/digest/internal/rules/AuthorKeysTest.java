package org.paperdigest.digest.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The DG110 and DG115 keys take short ways for ASCII names and for names below U+0300; over names
 * of every kind the keys must be exactly what their definitions (NFC and folded whitespace; NFKD,
 * no marks, no case, punctuation dropped and whitespace folded) give, and the DG115 key's hash,
 * worked out without the key for ASCII names, must be the hash of that key.
 */
class AuthorKeysTest {

  private static final String[] PIECES = {
    "a",
    "Z",
    "m",
    "0",
    "7",
    " ",
    "  ",
    "\t",
    "\n",
    "-",
    ".",
    "'",
    ",",
    "~",
    "\u007F",
    "\u0001",
    "\u00A0",
    "\u2003",
    "é",
    "e\u0301",
    "Ö",
    "ß",
    "İ",
    "ﬁ",
    "Ａ",
    "李",
    "\u0663",
    "ø",
    "Ł",
    "\u001C",
    // Below U+0300, the Latin table's way: spacing accents whose NFKD is a space and a mark,
    // ligatures and digraphs, signs that decompose to Greek or to digits, modifier letters.
    "ł",
    "ć",
    "ğ",
    "Ÿ",
    "¨",
    "´",
    "¸",
    "¯",
    "˜",
    "˙",
    "ĳ",
    "Ĳ",
    "ǅ",
    "Ǆ",
    "ŉ",
    "ſ",
    "µ",
    "½",
    "¹",
    "ª",
    "º",
    "ʰ",
    "ˆ",
    "ǰ",
    "\u0085",
    "\u00AD",
    "\u02FF",
    "Ꭰ",
    "ΑΣ",
    "\uD835\uDC00",
    "\uD800"
  };

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[\\p{javaWhitespace}\\p{Z}]+");
  private static final Pattern DROPPED =
      Pattern.compile("[^\\p{L}\\p{N}\\p{javaWhitespace}\\p{Z}]+");

  @Test
  void keysAreThoseOfTheirDefinitions() {
    Random random = new Random(7);
    int ascii = 0;
    for (int round = 0; round < 50_000; round++) {
      StringBuilder name = new StringBuilder();
      int pieces = random.nextInt(10);
      boolean plain = random.nextBoolean();
      for (int i = 0; i < pieces; i++) {
        name.append(PIECES[random.nextInt(plain ? 9 : PIECES.length)]);
      }
      String text = name.toString();
      assertThat(AuthorKeys.sameName(text)).as("[%s]", text).isEqualTo(sameName(text));
      assertThat(AuthorKeys.lookAlike(text)).as("[%s]", text).isEqualTo(lookAlike(text));
      assertThat(AuthorKeys.lookAlikeHash(text))
          .as("[%s]", text)
          .isEqualTo(AuthorKeys.hash(lookAlike(text)));
      if (text.chars().allMatch(c -> c < 0x80)) {
        ascii++;
      }
    }
    assertThat(ascii).as("the ASCII way is exercised").isGreaterThan(20_000);
  }

  @Test
  void everyCharacterBelowCombiningMarksKeysAsItsDefinitionSays() {
    for (char c = 0; c < 0x300; c++) {
      for (String text : new String[] {String.valueOf(c), "Ab" + c + "Cd", c + " " + c}) {
        assertThat(AuthorKeys.sameName(text)).as("U+%04X", (int) c).isEqualTo(sameName(text));
        assertThat(AuthorKeys.lookAlike(text)).as("U+%04X", (int) c).isEqualTo(lookAlike(text));
        assertThat(AuthorKeys.lookAlikeHash(text))
            .as("U+%04X", (int) c)
            .isEqualTo(AuthorKeys.hash(lookAlike(text)));
      }
    }
  }

  @Test
  void namesThatDifferOnlyInCaseAndAccentsLookAlike() {
    assertThat(AuthorKeys.lookAlike("Jean-Luc  O'Neil")).isEqualTo("jeanluc oneil");
    assertThat(AuthorKeys.lookAlike("Jéan Luc O Neil")).isEqualTo("jean luc o neil");
    assertThat(AuthorKeys.lookAlike("JeanLuc ONéil")).isEqualTo("jeanluc oneil");
    assertThat(AuthorKeys.lookAlike("Anna Gu-Lemberg"))
        .isEqualTo(AuthorKeys.lookAlike("Anna GuLemberg"));
    assertThat(AuthorKeys.lookAlike("J. Smith")).isEqualTo(AuthorKeys.lookAlike("J Smith"));
    assertThat(AuthorKeys.lookAlike("J.Smith")).isNotEqualTo(AuthorKeys.lookAlike("J Smith"));
    assertThat(AuthorKeys.sameName("Jean  Luc")).isEqualTo("Jean Luc");
  }

  private static String sameName(String name) {
    return WHITESPACE
        .matcher(Normalizer.normalize(name, Normalizer.Form.NFC))
        .replaceAll(" ")
        .strip();
  }

  private static String lookAlike(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    return SEPARATORS.matcher(DROPPED.matcher(bare).replaceAll("")).replaceAll(" ").strip();
  }
}
