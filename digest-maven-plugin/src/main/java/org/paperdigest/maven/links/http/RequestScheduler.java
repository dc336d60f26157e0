package org.paperdigest.maven.links.http;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Starts asynchronous requests without blocking a thread per request, within a global cap and a
 * per-host cap on requests in flight, a per-host minimum interval between starts, and per-host
 * pauses (a {@code Retry-After}). Hosts take turns, so one slow host cannot starve the others.
 */
public final class RequestScheduler {

  private final class HostQueue {
    final String host;
    final Deque<Runnable> waiting = new ArrayDeque<>();
    final long intervalNanos;
    int inFlight;
    int maxInFlight;
    long nextStart;
    long busyNanos;
    int completed;

    HostQueue(String host, long intervalNanos) {
      this.host = host;
      this.intervalNanos = intervalNanos;
    }
  }

  private final int globalCap;
  private final int hostCap;
  private final Function<String, Duration> intervals;
  private final ScheduledExecutorService timer;
  private final Map<String, HostQueue> hosts = new LinkedHashMap<>();
  private final List<HostQueue> turns = new ArrayList<>();
  private int nextTurn;
  private int inFlight;
  private int maxInFlight;
  private long wakeAt = Long.MAX_VALUE;

  public RequestScheduler(
      int globalCap,
      int hostCap,
      Function<String, Duration> intervals,
      ScheduledExecutorService timer) {
    this.globalCap = globalCap;
    this.hostCap = hostCap;
    this.intervals = intervals;
    this.timer = timer;
  }

  /**
   * Runs {@code request} when {@code host} and the global cap allow; the returned future completes
   * with the request's outcome.
   */
  <T> CompletableFuture<T> submit(String host, Supplier<CompletableFuture<T>> request) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Runnable start =
        () -> {
          long started = System.nanoTime();
          CompletableFuture<T> running;
          try {
            running = request.get();
          } catch (RuntimeException e) {
            running = CompletableFuture.failedFuture(e);
          }
          running.whenComplete(
              (value, failure) -> {
                finished(host, System.nanoTime() - started);
                if (failure != null) {
                  result.completeExceptionally(failure);
                } else {
                  result.complete(value);
                }
              });
        };
    synchronized (this) {
      queue(host).waiting.add(start);
    }
    pump();
    return result;
  }

  /** Holds every request to {@code host} back until {@code delay} has passed. */
  void pause(String host, Duration delay) {
    synchronized (this) {
      HostQueue queue = queue(host);
      queue.nextStart = Math.max(queue.nextStart, System.nanoTime() + delay.toNanos());
    }
    pump();
  }

  /** The most requests that were ever in flight to {@code host} at once. */
  public synchronized int maxInFlight(String host) {
    HostQueue queue = hosts.get(host);
    return queue == null ? 0 : queue.maxInFlight;
  }

  /** The mean time of a request, per host that was asked, slowest first. */
  public synchronized Map<String, Duration> meanTimes() {
    Map<String, Duration> means = new LinkedHashMap<>();
    turns.stream()
        .filter(q -> q.completed > 0)
        .sorted((a, b) -> Long.compare(b.busyNanos / b.completed, a.busyNanos / a.completed))
        .forEach(q -> means.put(q.host, Duration.ofNanos(q.busyNanos / q.completed)));
    return means;
  }

  /** The most requests that were ever in flight at once. */
  public synchronized int maxInFlight() {
    return maxInFlight;
  }

  private HostQueue queue(String host) {
    return hosts.computeIfAbsent(
        host,
        h -> {
          HostQueue queue = new HostQueue(h, intervals.apply(h).toNanos());
          turns.add(queue);
          return queue;
        });
  }

  private void finished(String host, long nanos) {
    synchronized (this) {
      inFlight--;
      HostQueue queue = hosts.get(host);
      queue.inFlight--;
      queue.busyNanos += nanos;
      queue.completed++;
    }
    pump();
  }

  private void pump() {
    List<Runnable> starts = new ArrayList<>();
    synchronized (this) {
      long now = System.nanoTime();
      long earliest = Long.MAX_VALUE;
      boolean started = true;
      while (inFlight < globalCap && started) {
        started = false;
        for (int i = 0; i < turns.size() && inFlight < globalCap; i++) {
          HostQueue queue = turns.get((nextTurn + i) % turns.size());
          if (queue.waiting.isEmpty() || queue.inFlight >= hostCap) {
            continue;
          }
          if (queue.nextStart - now > 0) {
            earliest = Math.min(earliest, queue.nextStart);
            continue;
          }
          starts.add(queue.waiting.poll());
          queue.inFlight++;
          queue.maxInFlight = Math.max(queue.maxInFlight, queue.inFlight);
          queue.nextStart = now + queue.intervalNanos;
          inFlight++;
          maxInFlight = Math.max(maxInFlight, inFlight);
          nextTurn = (nextTurn + i + 1) % turns.size();
          started = true;
          break;
        }
      }
      if (earliest != Long.MAX_VALUE && inFlight < globalCap && earliest < wakeAt) {
        wakeAt = earliest;
        timer.schedule(this::wake, Math.max(0, earliest - now), TimeUnit.NANOSECONDS);
      }
    }
    starts.forEach(Runnable::run);
  }

  private void wake() {
    synchronized (this) {
      wakeAt = Long.MAX_VALUE;
    }
    pump();
  }
}
