package org.paperdigest.maven.links;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.paperdigest.maven.links.arxiv.ArxivVerifier.Answer;
import org.paperdigest.maven.links.http.LinkOutcome;
import org.paperdigest.maven.links.http.LinkOutcome.Verdict;

/** Waits for the link check's results until its deadline; what is not done then is undecided. */
final class Awaits {

  private Awaits() {}

  static LinkOutcome outcome(CompletableFuture<LinkOutcome> future, Instant deadline) {
    try {
      return future.get(left(deadline), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      return LinkOutcome.of(Verdict.UNDECIDED, 0, "not checked within linkCheckTimeout");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return LinkOutcome.of(Verdict.UNDECIDED, 0, "the check was interrupted");
    } catch (ExecutionException e) {
      return LinkOutcome.of(Verdict.UNDECIDED, 0, "the check failed: " + e.getCause());
    }
  }

  static Map<String, Answer> answers(
      CompletableFuture<Map<String, Answer>> future, Instant deadline) {
    try {
      return future.get(left(deadline), TimeUnit.NANOSECONDS);
    } catch (TimeoutException | ExecutionException e) {
      return Map.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Map.of();
    }
  }

  private static long left(Instant deadline) {
    return Math.max(0, Duration.between(Instant.now(), deadline).toNanos());
  }
}
