package org.paperdigest.maven.git;

/** Git could not answer; the message says what is wrong and what to do, for the build log. */
public final class GitException extends Exception {

  private static final long serialVersionUID = 1L;

  public GitException(String message) {
    super(message);
  }
}
