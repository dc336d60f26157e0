package org.paperdigest.maven.output;

/**
 * The plugin's log: where the services, the link checker and the reports say what they do. The
 * goals pass Maven's log; tests pass a list.
 */
public interface PluginLog {

  void error(String message);

  void warn(String message);

  void info(String message);

  /** Detail for whoever asks for it (Maven's {@code -X}); kept nowhere by default. */
  default void debug(String message) {}
}
