package org.paperdigest.maven.output;

import java.util.List;

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

  /**
   * Logs {@code lines} as one block that reads as lines (a unified diff), at {@code level}; by
   * default, one message per line.
   */
  default void block(Level level, List<String> lines) {
    lines.forEach(line -> log(level, line));
  }

  /**
   * {@code sink} as a console or CI log: every message is made one line by {@link
   * ConsoleText#line}, and a block is kept as lines, each made safe the same way. Text from files
   * (names, lines, messages that quote them) may go into any message of the returned log.
   */
  static PluginLog console(PluginLog sink) {
    return new PluginLog() {
      @Override
      public void log(Level level, String message) {
        sink.log(level, ConsoleText.line(message));
      }

      @Override
      public void block(Level level, List<String> lines) {
        sink.log(level, String.join("\n", lines.stream().map(ConsoleText::line).toList()));
      }
    };
  }

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
