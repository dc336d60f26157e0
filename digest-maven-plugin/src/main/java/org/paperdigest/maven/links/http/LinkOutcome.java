package org.paperdigest.maven.links.http;

import java.util.Optional;

/**
 * What checking one distinct URL found. {@code detail} says why in words for the finding; {@code
 * movedTo} is the new address of a permanent redirect.
 */
public record LinkOutcome(Verdict verdict, int status, String detail, Optional<String> movedTo) {

  /** How a link turned out. */
  public enum Verdict {
    OK,
    /** A permanent redirect to a working address: DG205. */
    MOVED,
    /** DG203. */
    BROKEN,
    /** DG204. */
    UNDECIDED,
    /** The site refuses automated requests (a challenge page, LinkedIn's 999): DG204. */
    BOT_WALL,
    /** DG208. */
    BLOCKED,
    /** The host did not resolve; broken, or undecided when no host resolves at all. */
    UNRESOLVED,
    /**
     * The connection was refused; broken, or undecided when every host refuses (a closed sandbox).
     */
    REFUSED,
    /** The network failed before any answer; undecided. */
    UNREACHABLE
  }

  static LinkOutcome ok(int status) {
    return new LinkOutcome(Verdict.OK, status, "", Optional.empty());
  }

  public static LinkOutcome of(Verdict verdict, int status, String detail) {
    return new LinkOutcome(verdict, status, detail, Optional.empty());
  }

  static LinkOutcome moved(int status, String to, String detail) {
    return new LinkOutcome(Verdict.MOVED, status, detail, Optional.of(to));
  }

  /** Whether a later run may reuse this outcome instead of asking again. */
  public boolean cacheable() {
    return verdict == Verdict.OK || verdict == Verdict.MOVED;
  }
}
