package org.paperdigest.maven.baseline;

/** A baseline file that cannot be used; the message names the file and what to do. */
public final class BaselineException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BaselineException(String message) {
    super(message);
  }
}
