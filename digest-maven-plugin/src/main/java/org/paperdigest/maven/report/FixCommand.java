package org.paperdigest.maven.report;

import java.util.Optional;
import org.paperdigest.digest.Rule;

/** The command a user runs to repair what a rule reports, as the reports print it. */
final class FixCommand {

  private FixCommand() {}

  /**
   * The command that fixes {@code rule}'s findings, or empty when {@code digest:fix} does not. The
   * one place that says it: a rule whose fix needs the network (its findings come from an online
   * check, and so does what the fix writes) names the online link mode, since a content
   * repository's POM often sets {@code digest.links} to offline.
   */
  static Optional<String> of(Rule rule) {
    if (!rule.fixable()) {
      return Optional.empty();
    }
    return Optional.of(rule.online() ? "mvn digest:fix -Ddigest.links=online" : "mvn digest:fix");
  }
}
