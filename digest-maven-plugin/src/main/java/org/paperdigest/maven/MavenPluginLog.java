package org.paperdigest.maven;

import org.apache.maven.plugin.logging.Log;
import org.paperdigest.maven.output.PluginLog;

/** Maven's log as the plugin's. */
final class MavenPluginLog {

  private MavenPluginLog() {}

  static PluginLog of(Log log) {
    return new PluginLog() {
      @Override
      public void error(String message) {
        log.error(message);
      }

      @Override
      public void warn(String message) {
        log.warn(message);
      }

      @Override
      public void info(String message) {
        log.info(message);
      }

      @Override
      public void debug(String message) {
        log.debug(message);
      }
    };
  }
}
