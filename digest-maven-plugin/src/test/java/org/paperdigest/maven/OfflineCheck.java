package org.paperdigest.maven;

import java.nio.file.Path;
import java.util.List;
import org.paperdigest.maven.links.settings.LinkMode;
import org.paperdigest.maven.links.settings.LinkSettings;
import org.paperdigest.maven.output.PluginLog;
import org.paperdigest.maven.report.ReportOptions;
import org.paperdigest.maven.service.CheckSettings;
import org.paperdigest.maven.service.Checked;
import org.paperdigest.maven.service.DigestRunException;
import org.paperdigest.maven.service.DigestService;
import org.paperdigest.maven.service.RunSettings;

/**
 * The plugin's check of every {@code *.md} file of a folder, as {@code digest:check} runs it, with
 * every rule at its default, links offline, no cache and nothing logged.
 */
public final class OfflineCheck {

  /** A log that keeps nothing. */
  public static final PluginLog QUIET = (level, message) -> {};

  /** A log that adds every line but debug detail to {@code lines}, as {@code LEVEL message}. */
  public static PluginLog keepingInto(List<String> lines) {
    return (level, message) -> {
      if (level != PluginLog.Level.DEBUG) {
        lines.add(level + " " + message);
      }
    };
  }

  /** The reports' options of the tests: the rule pages of version 1.2.3. */
  public static final ReportOptions OPTIONS =
      new ReportOptions(
          "https://github.com/paperdigest/digest-toolkit/blob/v1.2.3/docs/rules/",
          "digest",
          25_000);

  private OfflineCheck() {}

  /** Every rule at its default, links offline, {@code formats} written. */
  public static CheckSettings settings(List<String> formats) {
    return CheckSettings.builder(LinkSettings.builder().mode(LinkMode.OFFLINE).build())
        .formats(formats)
        .build();
  }

  /** A run over every {@code *.md} of {@code root}, reports to its {@code target/}. */
  public static RunSettings run(Path root, List<String> formats) {
    return RunSettings.builder(root, settings(formats), OPTIONS)
        .includes(List.of("**/*.md"))
        .reportFolder(root.resolve("target/digest-reports"))
        .build();
  }

  /** Checks every {@code *.md} of {@code root}; no baseline is read. */
  public static Checked check(Path root) {
    try {
      return new DigestService(QUIET).check(run(root, List.of("console")), false);
    } catch (DigestRunException e) {
      throw new IllegalStateException(e);
    }
  }
}
