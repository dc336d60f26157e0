package org.paperdigest.digest;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of a check that needs the network, which a caller plugs into {@link DigestChecker}
 * through {@link CheckOptions.Builder#online}: the checker runs it once, after every file has been
 * parsed and validated (so a {@linkplain CheckOptions.Builder#listener listener} has seen every
 * file), and before it applies the suppression comments. It answers with its findings about links
 * and with the records of the papers it could look up; the checker then adds those findings, holds
 * each entry to its paper's record (DG116, DG121, DG122, and DG110's exception for two people who
 * share a name), and applies the comments to all of it.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface OnlineCheck {

  /**
   * Checks online; called once per check, on the thread that called {@link DigestChecker#check}.
   *
   * @return the answer; never {@code null}
   */
  Answer run();

  /**
   * What an online check found and learned.
   *
   * @param findings its findings (about links, say), in any order; never {@code null}
   * @param records the records of the papers it looked up, by arXiv id without version; papers it
   *     could not look up are absent; never {@code null}
   * @param rulesRun the online rules it ran, which suppression comments may name without being
   *     reported unused (DG007); never {@code null}
   * @since 0.1.0
   */
  record Answer(List<Finding> findings, Map<String, PaperRecord> records, Set<Rule> rulesRun) {

    /**
     * Copies the parts.
     *
     * @param findings its findings, in any order
     * @param records the records of the papers it looked up, by arXiv id without version
     * @param rulesRun the online rules it ran
     * @throws NullPointerException if a part, or an element of one, is {@code null}
     * @since 0.1.0
     */
    public Answer {
      findings = List.copyOf(findings);
      records = Map.copyOf(records);
      rulesRun = rulesRun.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rulesRun));
    }
  }
}
