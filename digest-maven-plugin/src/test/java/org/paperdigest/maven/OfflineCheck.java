package org.paperdigest.maven;

import java.nio.file.Path;
import java.util.List;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.maven.internal.CheckRun;
import org.paperdigest.maven.internal.CheckSettings;
import org.paperdigest.maven.links.LinkLog;
import org.paperdigest.maven.links.LinkMode;
import org.paperdigest.maven.links.LinkSettings;

/** The plugin's check with every rule at its default, links offline and nothing logged. */
public final class OfflineCheck {

  /** A log that keeps nothing. */
  public static final LinkLog QUIET =
      new LinkLog() {
        @Override
        public void info(String message) {}

        @Override
        public void warn(String message) {}
      };

  private OfflineCheck() {}

  public static CheckSettings settings() {
    return CheckSettings.from(
        List.of(),
        List.of(),
        "error",
        0,
        List.of("console"),
        LinkSettings.builder().mode(LinkMode.OFFLINE).build());
  }

  /** Checks {@code files} of {@code root} as {@code digest:check} does, every file in scope. */
  public static CheckResult run(Path root, List<Path> files) {
    return CheckRun.check(root, files, settings(), path -> true, QUIET);
  }
}
