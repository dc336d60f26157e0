package org.paperdigest.maven.links.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells a machine without network from a few dead hosts. Any answer from any host proves the
 * network works; when every host tried so far failed before answering (no name resolved, no
 * connection) and enough distinct hosts were tried, the network is taken to be absent and no more
 * requests are made.
 */
public final class NetworkHealth {

  private final int hostsToTry;
  private final Set<String> failedHosts = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean answered = new AtomicBoolean();
  private final AtomicBoolean absent = new AtomicBoolean();

  /** Decides after {@code hostsToTry} distinct hosts failed (fewer when there are fewer hosts). */
  public NetworkHealth(int hostsToTry) {
    this.hostsToTry = Math.max(1, hostsToTry);
  }

  public void answered() {
    answered.set(true);
  }

  /** A name lookup or connection to {@code host} failed; returns whether the network is absent. */
  public boolean failed(String host) {
    failedHosts.add(host);
    if (!answered.get() && failedHosts.size() >= hostsToTry) {
      absent.set(true);
    }
    return isAbsent();
  }

  public boolean isAbsent() {
    return absent.get() && !answered.get();
  }

  public int failedHostCount() {
    return failedHosts.size();
  }
}
