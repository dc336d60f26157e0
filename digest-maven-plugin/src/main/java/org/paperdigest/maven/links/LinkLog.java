package org.paperdigest.maven.links;

/** Where the link checker and the fix say what they are doing; the mojos pass Maven's log. */
public interface LinkLog {
  void info(String message);

  void warn(String message);
}
