package org.paperdigest.digest.internal.cache;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link FileResultCache#save} wrote from a buffer of its own: a large cache holds
 * millions of numbers, and {@code DataInputStream} over a buffered stream takes a lock for every
 * byte.
 */
final class CacheInput implements AutoCloseable {

  private final InputStream in;
  private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).flip();

  CacheInput(InputStream in) {
    this.in = in;
  }

  private ByteBuffer need(int bytes) throws IOException {
    if (buffer.remaining() < bytes) {
      buffer.compact();
      while (buffer.position() < bytes) {
        int read = in.read(buffer.array(), buffer.position(), buffer.remaining());
        if (read < 0) {
          throw new EOFException();
        }
        buffer.position(buffer.position() + read);
      }
      buffer.flip();
    }
    return buffer;
  }

  int readUnsignedByte() throws IOException {
    return need(1).get() & 0xff;
  }

  int readInt() throws IOException {
    return need(4).getInt();
  }

  long readLong() throws IOException {
    return need(8).getLong();
  }

  byte[] readBytes(int length) throws IOException {
    byte[] bytes = new byte[length];
    int inBuffer = Math.min(length, buffer.remaining());
    buffer.get(bytes, 0, inBuffer);
    if (in.readNBytes(bytes, inBuffer, length - inBuffer) != length - inBuffer) {
      throw new EOFException();
    }
    return bytes;
  }

  String readString() throws IOException {
    int length = readInt();
    if (length < 0 || length > 1 << 28) {
      throw new IOException("bad string length " + length);
    }
    if (length <= buffer.capacity()) {
      ByteBuffer b = need(length);
      String text = new String(b.array(), b.position(), length, StandardCharsets.UTF_8);
      b.position(b.position() + length);
      return text;
    }
    return new String(readBytes(length), StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
