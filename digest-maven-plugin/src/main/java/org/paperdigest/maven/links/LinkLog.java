package org.paperdigest.maven.links;

/** Where the link checker says what it is doing; the mojo passes Maven's log. */
public interface LinkLog {
  void info(String message);

  void warn(String message);
}
