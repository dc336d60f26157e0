package org.paperdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Decoding takes String's fast decoder and falls back to the strict one only when a U+FFFD shows
 * up, so it must accept exactly what the strict decoder accepts, and fail at the same byte.
 */
class DecodedTextTest {

  /** Pieces that make valid and invalid UTF-8 likely: sequences, their fragments, stray bytes. */
  private static final byte[][] PIECES = {
    bytes(0x61),
    bytes(0x0A),
    bytes(0x0D),
    bytes(0xC3, 0xA9),
    bytes(0xE2, 0x82, 0xAC),
    bytes(0xF0, 0x9F, 0x98, 0x80),
    bytes(0xEF, 0xBF, 0xBD),
    bytes(0xEF, 0xBB, 0xBF),
    bytes(0xC3),
    bytes(0xE2, 0x82),
    bytes(0x80),
    bytes(0xFF),
    bytes(0xC0, 0x80),
    bytes(0xED, 0xA0, 0x80),
    bytes(0xF4, 0x90, 0x80, 0x80),
    bytes(0xF8, 0x88, 0x80, 0x80, 0x80)
  };

  @Test
  void acceptsAndRejectsExactlyWhatTheStrictDecoderDoes() {
    Random random = new Random(20261123);
    int valid = 0;
    for (int round = 0; round < 20_000; round++) {
      ByteBuffer buffer = ByteBuffer.allocate(200);
      int pieces = random.nextInt(12);
      for (int i = 0; i < pieces; i++) {
        byte[] piece =
            random.nextInt(4) == 0
                ? PIECES[random.nextInt(PIECES.length)]
                : PIECES[random.nextInt(6)];
        buffer.put(piece);
      }
      byte[] input = new byte[buffer.position()];
      buffer.flip().get(input);
      DecodedText decoded = DecodedText.decode(input);
      Strict expected = strict(input);
      assertThat(decoded.text()).as(hex(input)).isEqualTo(expected.text());
      if (expected.text().isEmpty()) {
        assertThat(decoded.problem())
            .as(hex(input))
            .isEqualTo(
                String.format(
                    "not valid UTF-8: byte 0x%02X at byte offset %d",
                    input[expected.offset()] & 0xFF, expected.offset()));
      } else {
        valid++;
      }
    }
    assertThat(valid).as("both outcomes are exercised").isBetween(2_000, 18_000);
  }

  @Test
  void keepsAReplacementCharacterThatIsReallyInTheFile() {
    byte[] input = "a\uFFFDb".getBytes(StandardCharsets.UTF_8);
    assertThat(DecodedText.decode(input).text()).contains("a\uFFFDb");
  }

  @Test
  void placesTheFirstBadByteOnItsLineAndColumn() {
    byte[] input = bytes(0x61, 0x0A, 0x62, 0xC3, 0xA9, 0xFF, 0x63);
    DecodedText decoded = DecodedText.decode(input);
    assertThat(decoded.text()).isEmpty();
    assertThat(decoded.problem()).isEqualTo("not valid UTF-8: byte 0xFF at byte offset 5");
    assertThat(decoded.line()).isEqualTo(2);
    assertThat(decoded.column()).isEqualTo(3);
  }

  private record Strict(Optional<String> text, int offset) {}

  /**
   * The strict decoder's verdict, found another way: the input is valid when the JDK's reporting
   * decoder takes it whole, and the first bad byte is where the longest valid prefix ends (UTF-8 is
   * self-synchronizing, so no longer prefix can be valid once a sequence is malformed).
   */
  private static Strict strict(byte[] input) {
    if (valid(input, input.length)) {
      return new Strict(Optional.of(new String(input, StandardCharsets.UTF_8)), -1);
    }
    int offset = input.length - 1;
    while (!valid(input, offset)) {
      offset--;
    }
    return new Strict(Optional.empty(), offset);
  }

  private static boolean valid(byte[] input, int length) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(input, 0, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static String hex(byte[] input) {
    StringBuilder out = new StringBuilder();
    for (byte b : input) {
      out.append(String.format("%02X ", b & 0xFF));
    }
    return out.toString();
  }
}
