package org.paperdigest.maven.service;

/**
 * A run that cannot go ahead: a setting it cannot use, a baseline it cannot read, a git ref git
 * does not know. The message says what to do; the goals turn it into Maven's execution failure.
 */
public final class DigestRunException extends Exception {

  private static final long serialVersionUID = 1L;

  public DigestRunException(String message) {
    super(message);
  }

  public DigestRunException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A parameter the run cannot use; the message names it and what it takes. */
  public static DigestRunException invalidConfiguration(IllegalArgumentException problem) {
    return new DigestRunException("Invalid digest configuration: " + problem.getMessage(), problem);
  }
}
