package org.paperdigest.digest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Identities of findings that stay the same when lines move: {@link Finding#fingerprint()} for the
 * problem, and {@link #uniqueFingerprints} when every finding needs its own key (GitLab Code
 * Quality, SARIF), numbering repeats of one fingerprint in report order.
 */
public final class FindingIdentity {

  private FindingIdentity() {}

  /** One fingerprint per finding, in the order given; the n-th repeat gets {@code -n}. */
  public static List<String> uniqueFingerprints(List<Finding> findings) {
    return uniqueFingerprints(findings, Finding::fingerprint);
  }

  /**
   * Like {@link #uniqueFingerprints(List)}, with each finding's fingerprint from {@code
   * fingerprints} ({@link CheckResult#fingerprint}, say, which knows those of cached findings).
   */
  public static List<String> uniqueFingerprints(
      List<Finding> findings, Function<Finding, String> fingerprints) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> unique = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      String fingerprint = fingerprints.apply(finding);
      int repeat = seen.merge(fingerprint, 1, Integer::sum) - 1;
      unique.add(repeat == 0 ? fingerprint : fingerprint + "-" + repeat);
    }
    return unique;
  }

  private static final HexFormat HEX = HexFormat.of();

  /** The first 128 bits of SHA-256, in hex. */
  static String digest(String text) {
    byte[] hash = Sha256.of(text.getBytes(StandardCharsets.UTF_8));
    return HEX.formatHex(hash, 0, 16);
  }
}
