package org.paperdigest.maven;

import org.apache.maven.plugin.logging.Log;
import org.paperdigest.maven.output.PluginLog;

/** Maven's log as the plugin's. */
final class MavenPluginLog {

  private MavenPluginLog() {}

  static PluginLog of(Log log) {
    return (level, message) -> {
      switch (level) {
        case ERROR -> log.error(message);
        case WARN -> log.warn(message);
        case INFO -> log.info(message);
        case DEBUG -> log.debug(message);
      }
    };
  }
}
