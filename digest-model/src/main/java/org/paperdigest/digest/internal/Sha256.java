package org.paperdigest.digest.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 with one digest per thread: every checked file and every finding is digested, and looking
 * a digest up through the security providers costs more than the digest itself.
 */
public final class Sha256 {

  private static final ThreadLocal<MessageDigest> DIGESTS =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
          });

  private Sha256() {}

  /** The SHA-256 digest of {@code bytes}. */
  public static byte[] of(byte[] bytes) {
    return DIGESTS.get().digest(bytes);
  }
}
