package org.paperdigest.maven.links;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.paperdigest.maven.links.http.LinkOutcome;
import org.paperdigest.maven.links.http.LinkOutcome.Verdict;
import org.paperdigest.maven.output.PluginLog;

/** The link check's progress line, every few seconds: checked, not working, rate. */
final class LinkProgress {

  private final PluginLog log;
  private final int total;
  private final AtomicInteger done;
  private final AtomicInteger failing = new AtomicInteger();
  private final long start = System.nanoTime();
  private ScheduledFuture<?> task;

  /** Progress of {@code total} links, {@code alreadyDone} of them known (from the cache). */
  LinkProgress(PluginLog log, int total, int alreadyDone) {
    this.log = log;
    this.total = total;
    this.done = new AtomicInteger(alreadyDone);
  }

  void start(ScheduledExecutorService timer, Duration every) {
    task =
        timer.scheduleAtFixedRate(
            this::print, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One URL is checked; {@code error} is how its check failed, if it did. */
  void checked(LinkOutcome outcome, Throwable error) {
    done.incrementAndGet();
    if (outcome != null && outcome.verdict() != Verdict.OK && outcome.verdict() != Verdict.MOVED) {
      failing.incrementAndGet();
    }
  }

  /** {@code count} more links are checked, {@code notWorking} of them not working. */
  void done(int count, int notWorking) {
    done.addAndGet(count);
    failing.addAndGet(notWorking);
  }

  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  private void print() {
    double seconds = (System.nanoTime() - start) / 1e9;
    log.info(
        String.format(
            Locale.ROOT,
            "Links: %d/%d checked, %d not working so far, %.0f/s",
            done.get(),
            total,
            failing.get(),
            done.get() / Math.max(seconds, 1e-3)));
  }
}
