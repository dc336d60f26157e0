package org.paperdigest.maven.links.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * Looks each host up once per run, off the request threads (name lookups block), and keeps the
 * answer. IP literals are parsed, never looked up.
 */
public final class HostResolver {

  /** The addresses of a host, or empty when it does not resolve. */
  record Resolution(String host, List<InetAddress> addresses, boolean literal) {
    boolean resolved() {
      return !addresses.isEmpty();
    }
  }

  private final ExecutorService lookups;
  private final Map<String, CompletableFuture<Resolution>> known = new ConcurrentHashMap<>();

  public HostResolver(ExecutorService lookups) {
    this.lookups = lookups;
  }

  CompletableFuture<Resolution> resolve(String host) {
    return known.computeIfAbsent(host, this::lookup);
  }

  private CompletableFuture<Resolution> lookup(String host) {
    if (AddressPolicy.isIpLiteral(host)) {
      return CompletableFuture.completedFuture(
          new Resolution(host, List.of(AddressPolicy.literal(host)), true));
    }
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return new Resolution(host, List.of(InetAddress.getAllByName(host)), false);
          } catch (UnknownHostException | SecurityException e) {
            return new Resolution(host, List.of(), false);
          }
        },
        lookups);
  }
}
