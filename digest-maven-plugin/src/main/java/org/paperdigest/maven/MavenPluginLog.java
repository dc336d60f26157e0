package org.paperdigest.maven;

import org.apache.maven.plugin.logging.Log;
import org.paperdigest.maven.output.PluginLog;

/**
 * Maven's log as the plugin's: a console, and on a CI runner a log the runner reads, so every
 * message is made safe for one ({@link PluginLog#console}).
 */
final class MavenPluginLog {

  private MavenPluginLog() {}

  static PluginLog of(Log log) {
    return PluginLog.console(
        (level, message) -> {
          switch (level) {
            case ERROR -> log.error(message);
            case WARN -> log.warn(message);
            case INFO -> log.info(message);
            case DEBUG -> log.debug(message);
          }
        });
  }
}
