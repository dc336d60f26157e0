package org.paperdigest.maven.links;

import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The link check's HTTP client, built on a thread of its own from the moment it is asked for: its
 * TLS set-up takes a cold JVM some 0.2 s, which this overlaps with whatever the caller does next
 * (parsing the digests). Redirects are never followed by the client; the checker follows them.
 */
final class BackgroundClient {

  private final CompletableFuture<HttpClient> client;

  private BackgroundClient(LinkSettings settings) {
    this.client =
        CompletableFuture.supplyAsync(
            () ->
                HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(settings.connectTimeout())
                    .proxy(ProxySelector.getDefault())
                    .build(),
            task -> {
              Thread thread = new Thread(task, "digest-links-client");
              thread.setDaemon(true);
              thread.start();
            });
  }

  static BackgroundClient start(LinkSettings settings) {
    return new BackgroundClient(settings);
  }

  /** The client, once built; a failure to build it is thrown as it was thrown. */
  HttpClient get() {
    try {
      return client.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      } else if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
