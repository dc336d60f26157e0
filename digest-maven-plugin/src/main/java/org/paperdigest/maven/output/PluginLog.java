package org.paperdigest.maven.output;

/**
 * The plugin's log: where the services, the link checker and the reports say what they do. The
 * goals pass Maven's log; tests pass a lambda that keeps what they look at.
 */
@FunctionalInterface
public interface PluginLog {

  /** How much a line matters, as Maven's log levels. */
  enum Level {
    ERROR,
    WARN,
    INFO,
    /** Detail for whoever asks for it (Maven's {@code -X}). */
    DEBUG
  }

  void log(Level level, String message);

  default void error(String message) {
    log(Level.ERROR, message);
  }

  default void warn(String message) {
    log(Level.WARN, message);
  }

  default void info(String message) {
    log(Level.INFO, message);
  }

  default void debug(String message) {
    log(Level.DEBUG, message);
  }
}
