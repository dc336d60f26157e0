package org.paperdigest.digest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.paperdigest.digest.internal.Sha256;

/**
 * Identities of findings that stay the same when lines move, for baselines and reports that track
 * findings across runs (GitLab Code Quality, SARIF's partial fingerprints).
 *
 * <p>A finding's {@link Finding#fingerprint()} is 32 hex digits of SHA-256 over its path, rule id
 * and subject: the same problem in the same file has the same fingerprint whatever lines moved, and
 * a changed message or position does not change it. Two findings can share one (the same bad link
 * twice in an entry); {@link #uniqueFingerprints} numbers the repeats in the order given ({@code
 * <fingerprint>}, {@code <fingerprint>-1}, ...), so that a list in report order gets keys that are
 * unique and stable as long as the repeats keep their order.
 *
 * @since 0.1.0
 */
public final class FindingIdentity {

  private FindingIdentity() {}

  /**
   * One key per finding, in the order given: its fingerprint, and for the n-th repeat of a
   * fingerprint the fingerprint and {@code -n}.
   *
   * @param findings the findings, in the order their keys should follow (report order, say)
   * @return the keys, one per finding, unique within the list; never {@code null}
   * @throws NullPointerException if {@code findings} or one of them is {@code null}
   * @since 0.1.0
   */
  public static List<String> uniqueFingerprints(List<Finding> findings) {
    return uniqueFingerprints(findings, Finding::fingerprint);
  }

  /**
   * Like {@link #uniqueFingerprints(List)}, with each finding's fingerprint from {@code
   * fingerprints} ({@link CheckResult#fingerprint}, say, which knows those of cached findings).
   *
   * @param findings the findings, in the order their keys should follow
   * @param fingerprints each finding's fingerprint; it must not return {@code null}
   * @return the keys, one per finding, unique within the list; never {@code null}
   * @throws NullPointerException if an argument, a finding or a fingerprint is {@code null}
   * @since 0.1.0
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
