package org.paperdigest.maven.links.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.paperdigest.digest.Rule;
import org.paperdigest.maven.links.settings.LinkSettings;

class RetryPolicyTest {

  private final RetryPolicy policy =
      new RetryPolicy(3, Duration.ofMillis(1000), Duration.ofSeconds(60));

  @Test
  void retriesWhatALaterRequestMayAnswerOtherwise() {
    for (int status : new int[] {408, 425, 429, 500, 502, 503, 504}) {
      assertThat(policy.retries(status)).as("%d", status).isTrue();
    }
    for (int status : new int[] {200, 301, 400, 401, 403, 404, 410, 501, 999}) {
      assertThat(policy.retries(status)).as("%d", status).isFalse();
    }
    // A 500 that stays is the server's answer; a busy or absent server says nothing of the page.
    assertThat(policy.leavesUndecided(500)).isFalse();
    assertThat(policy.leavesUndecided(503)).isTrue();
    assertThat(policy.leavesUndecided(404)).isFalse();
  }

  @RepeatedTest(20)
  void backoffDoublesWithEqualJitterAndStopsAtTheLongestWait() {
    assertThat(policy.backoff(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
    assertThat(policy.backoff(2)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
    assertThat(policy.backoff(3)).isBetween(Duration.ofMillis(2000), Duration.ofMillis(4000));
    assertThat(policy.backoff(40)).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(60));
  }

  @RepeatedTest(20)
  void theWaitIsTheLargerOfWhatTheServerAsksAndTheBackoff() {
    assertThat(policy.waitBefore(1, Optional.of(Duration.ofSeconds(5))))
        .contains(Duration.ofSeconds(5));
    assertThat(policy.waitBefore(1, Optional.of(Duration.ofMillis(10))).orElseThrow())
        .isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
    assertThat(policy.waitBefore(1, Optional.empty()).orElseThrow())
        .isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
    assertThat(policy.waitBefore(1, Optional.of(Duration.ofSeconds(60))))
        .contains(Duration.ofSeconds(60));
    assertThat(policy.waitBefore(1, Optional.of(Duration.ofSeconds(61)))).isEmpty();
  }

  @Test
  void theServerAsksThroughAnyOfThreeHeadersAndTheLongestWins() {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");
    Map<String, String> headers =
        Map.of(
            "Retry-After", "2",
            "X-RateLimit-Reset", String.valueOf(now.getEpochSecond() + 30),
            "RateLimit-Reset", "7");

    assertThat(RetryPolicy.asked(name -> Optional.ofNullable(headers.get(name)), now))
        .contains(Duration.ofSeconds(30));
    assertThat(RetryPolicy.asked(name -> Optional.empty(), now)).isEmpty();
    assertThat(
            RetryPolicy.asked(
                name -> Optional.of(name.equals("RateLimit-Reset") ? "12" : "soon"), now))
        .contains(Duration.ofSeconds(12));
    // A reset time in the past asks for no wait.
    assertThat(
            RetryPolicy.asked(
                name ->
                    Optional.ofNullable(
                        name.equals("X-RateLimit-Reset")
                            ? String.valueOf(now.getEpochSecond() - 5)
                            : null),
                now))
        .contains(Duration.ZERO);
  }

  @Test
  void negativeRetriesAreRefusedByName() {
    assertThatThrownBy(() -> LinkSettings.builder().maxRetries(-1).build())
        .hasMessage("maxRetries: must be 0 or more, not -1");
  }

  @Test
  void ruleAndDocsNameTheStatusesThatLeaveALinkUndecided() throws Exception {
    String statuses = RetryPolicy.undecidedStatuses();
    assertThat(statuses).isEqualTo("408, 425, 429, 502, 503 or 504");
    assertThat(Rule.DG204.description()).contains(statuses + " still after the retries");
    String retried = RetryPolicy.RETRIED.stream().sorted().map(String::valueOf).toList().toString();
    assertThat(retried).isEqualTo("[408, 425, 429, 500, 502, 503, 504]");
    assertThat(Files.readString(Path.of("../docs/rules/DG204.md"))).contains(statuses);
    assertThat(Files.readString(Path.of("../docs/links.md")))
        .contains("undecided when it stays: " + statuses + ".")
        .contains("asked again: " + retried.substring(1, retried.length() - 1) + ".");
  }
}
