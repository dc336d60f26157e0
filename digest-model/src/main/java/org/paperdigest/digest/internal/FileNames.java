package org.paperdigest.digest.internal;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * File names as the disk holds them: bytes, which on Linux need not be UTF-8. Java shows such a
 * name with U+FFFD where its bytes are not UTF-8, so two names can look the same and neither says
 * what it is; a path's URI still carries every byte.
 */
public final class FileNames {

  private FileNames() {}

  /**
   * The path of {@code file} relative to {@code root}, with each byte that is not UTF-8 written
   * {@code \xNN}, when that path is not valid UTF-8; empty when it is. Reads the bytes only of a
   * name whose text does not give them back, through its URI, which looks at the file ({@code
   * stat}): ask only about a file known to be inside the repository.
   */
  public static Optional<String> notUtf8(Path root, Path file) {
    Path absolute = file.toAbsolutePath();
    if (absolute.getFileSystem().getPath(absolute.toString()).equals(absolute)) {
      return Optional.empty();
    }
    byte[] path = bytes(absolute.toUri());
    byte[] base = bytes(root.toAbsolutePath().toUri());
    int from = startsWith(path, base) ? base.length : 0;
    if (from > 0 && base[base.length - 1] != '/' && from < path.length) {
      from++; // the separator after a root whose URI has no trailing slash
    }
    return escaped(ByteBuffer.wrap(path, from, path.length - from));
  }

  /**
   * The text of {@code bytes} with every byte that is not UTF-8 as {@code \xNN}, if there is one.
   */
  private static Optional<String> escaped(ByteBuffer in) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
    StringBuilder text = new StringBuilder();
    boolean bad = false;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      out.flip();
      text.append(out);
      out.clear();
      if (!result.isError()) {
        break;
      }
      bad = true;
      for (int i = 0; i < result.length(); i++) {
        text.append(String.format("\\x%02X", in.get() & 0xFF));
      }
    }
    return bad ? Optional.of(text.toString()) : Optional.empty();
  }

  /** The bytes of a {@code file:} URI's path: its characters, with {@code %XX} as byte XX. */
  private static byte[] bytes(URI uri) {
    String raw = uri.getRawPath();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    return bytes.toByteArray();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (prefix.length > bytes.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
