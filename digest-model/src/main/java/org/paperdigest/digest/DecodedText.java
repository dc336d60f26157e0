package org.paperdigest.digest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.paperdigest.digest.internal.TextLines;

/**
 * A digest file's bytes decoded as strict UTF-8, as the checker reads them.
 *
 * @param text the text when the bytes are valid UTF-8 (a byte order mark stays, for {@link
 *     DigestParser} to drop); empty otherwise
 * @param problem what is wrong and where (the first bad byte's offset, or a UTF-16 byte order
 *     mark); empty when {@code text} is there
 * @param line the 1-based line of the problem; 1 when there is none
 * @param column the 1-based column of the problem, in UTF-16 code units; 1 when there is none
 * @since 0.1.0
 */
public record DecodedText(Optional<String> text, String problem, int line, int column) {

  private static final char REPLACEMENT = '\uFFFD';

  /**
   * Decodes {@code bytes} as strict UTF-8; never throws for bad input, which becomes {@link
   * #problem()}.
   *
   * @param bytes a file's bytes
   * @return the text, or the problem and where it is; never {@code null}
   * @throws NullPointerException if {@code bytes} is {@code null}
   * @since 0.1.0
   */
  public static DecodedText decode(byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      return failure("the file is UTF-16 (byte order mark at byte offset 0), not UTF-8", 1, 1);
    }
    // The fast way: String's own decoder, which replaces what is malformed with U+FFFD. When the
    // result holds no U+FFFD, nothing was replaced and the bytes were valid UTF-8; otherwise the
    // strict decoder below decides, and says where it failed.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf(REPLACEMENT) < 0) {
      return new DecodedText(Optional.of(text), "", 1, 1);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      out.flip();
      int line = 1;
      int column = 1;
      for (int i = 0; i < out.length(); i++) {
        char c = out.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= out.length() || out.charAt(i + 1) != '\n'))) {
          line++;
          column = 1;
        } else if (c != '\r' && !(i == 0 && c == TextLines.BYTE_ORDER_MARK)) {
          column++;
        }
      }
      return failure(
          String.format(
              "not valid UTF-8: byte 0x%02X at byte offset %d", bytes[offset] & 0xFF, offset),
          line,
          column);
    }
    out.flip();
    return new DecodedText(Optional.of(out.toString()), "", 1, 1);
  }

  private static DecodedText failure(String problem, int line, int column) {
    return new DecodedText(Optional.empty(), problem, line, column);
  }
}
