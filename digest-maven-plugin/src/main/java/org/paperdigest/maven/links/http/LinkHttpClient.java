package org.paperdigest.maven.links.http;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.paperdigest.digest.internal.DaemonThreads;

/**
 * The link check's HTTP client (Jetty's, HTTP/1.1 with keep-alive): a third of the JDK client's CPU
 * per request on the link bench. It connects only to the addresses {@link HostResolver} found and
 * the checker vetted, never resolving a name again (so a name cannot resolve to an internal address
 * between the check and the connection), follows no redirect (the checker does), keeps no cookies,
 * and reads a body only up to a cap and headers only up to {@link HeaderBudget#MAX_BYTES}: every
 * bound is explicit, where Jetty's defaults leave some open. Built and started on a thread of its
 * own from construction on: its set-up overlaps with whatever the caller does next (parsing the
 * digests).
 */
public final class LinkHttpClient implements AutoCloseable {

  /** How much of a body is kept for telling a challenge page. */
  private static final int BODY_START = 4096;

  /**
   * The most bytes of an arXiv API answer read: a feed of {@code arxivBatchSize} (100) papers is a
   * few hundred kilobytes.
   */
  static final int MAX_FEED_BYTES = 8 * 1024 * 1024;

  private final HttpSettings settings;
  private final CompletableFuture<HttpClient> client;

  private LinkHttpClient(HttpSettings settings, HostResolver resolver) {
    this.settings = settings;
    this.client = new CompletableFuture<>();
    DaemonThreads.start(
        "digest-links-client",
        () -> {
          try {
            client.complete(build(settings, resolver));
          } catch (Exception | Error e) {
            client.completeExceptionally(e);
          }
        });
  }

  /** Starts building the client; {@link #probe} and {@link #get} wait for it. */
  public static LinkHttpClient start(HttpSettings settings, HostResolver resolver) {
    return new LinkHttpClient(settings, resolver);
  }

  private static HttpClient build(HttpSettings settings, HostResolver resolver) throws Exception {
    QueuedThreadPool threads = new QueuedThreadPool(16, 2);
    threads.setName("digest-links-http");
    threads.setDaemon(true);
    ClientConnector connector = new ClientConnector();
    connector.setSelectors(1);
    connector.setExecutor(threads);
    connector.setConnectTimeout(settings.connectTimeout());
    connector.setIdleTimeout(settings.requestTimeout());
    HttpClient http = new HttpClient(new HttpClientTransportOverHTTP(connector));
    http.setExecutor(threads);
    http.setFollowRedirects(false);
    http.setHttpCookieStore(new HttpCookieStore.Empty());
    http.getContentDecoderFactories().clear();
    http.setUserAgentField(new HttpField("User-Agent", settings.userAgent()));
    http.setMaxConnectionsPerDestination(settings.maxConcurrencyPerHost());
    http.setMaxRequestsQueuedPerDestination(Integer.MAX_VALUE);
    http.setSocketAddressResolver(new Vetted(resolver));
    http.setConnectTimeout(settings.connectTimeout().toMillis());
    http.setIdleTimeout(settings.requestTimeout().toMillis());
    // Jetty's default is no limit. HeaderBudget ends an exchange at its bound and says so; this
    // one,
    // twice as high, stops a single header line without end, which HeaderBudget never sees whole.
    http.setMaxResponseHeadersSize(2 * HeaderBudget.MAX_BYTES);
    http.start();
    return http;
  }

  /**
   * Sends {@code HEAD} (or {@code GET}) to {@code target}; the probe holds the status and headers,
   * and for a {@code GET} the body's first bytes. A body is read up to the cap and then the
   * exchange is dropped, so a huge body costs no more than the cap.
   */
  CompletableFuture<Probe> probe(URI target, boolean head) {
    CompletableFuture<Probe> result = new CompletableFuture<>();
    Request request =
        client()
            .newRequest(target)
            .method(head ? "HEAD" : "GET")
            .headers(h -> h.put("Accept", "*/*"))
            .timeout(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .onResponseHeader(new HeaderBudget());
    Body body = new Body(settings.maxBodyBytes());
    request
        .onResponseContent(body)
        .send(
            done -> {
              Response response = done.getResponse();
              if (done.isFailed() && !(done.getFailure() instanceof BodyCapped)) {
                result.complete(Probe.failed(done.getFailure()));
              } else {
                result.complete(
                    Probe.answered(response.getStatus(), headers(response), body.start()));
              }
            });
    return result;
  }

  /**
   * A blocking {@code GET} of a whole, small body (the arXiv API's feeds); fails with {@link
   * LimitExceeded} past {@link #MAX_FEED_BYTES}.
   */
  public Fetched get(URI target) throws Exception {
    Request request =
        client()
            .newRequest(target)
            .timeout(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .onResponseHeader(new HeaderBudget())
            .onResponseContent(
                new Response.ContentListener() {
                  private long read;

                  @Override
                  public void onContent(Response response, ByteBuffer content) {
                    read += content.remaining();
                    if (read > MAX_FEED_BYTES) {
                      response.abort(
                          new LimitExceeded(
                              "the answer passed "
                                  + (MAX_FEED_BYTES >> 20)
                                  + " MiB, the most read"));
                    }
                  }
                });
    // The buffer's own limit lies past ours, which ends the exchange first and says why.
    ContentResponse response =
        new CompletableResponseListener(request, MAX_FEED_BYTES + 1).send().get();
    return new Fetched(response.getStatus(), headers(response), response.getContent());
  }

  /** A whole response: status, headers (names in lower case), body. */
  public record Fetched(int status, Map<String, String> headers, byte[] body) {}

  private static Map<String, String> headers(Response response) {
    Map<String, String> headers = new HashMap<>();
    HttpFields fields = response.getHeaders();
    for (HttpField field : fields) {
      headers.putIfAbsent(field.getLowerCaseName(), field.getValue());
    }
    return headers;
  }

  private HttpClient client() {
    try {
      return client.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("the link check's HTTP client did not start", e.getCause());
    }
  }

  @Override
  public void close() {
    client.thenAccept(
        http -> {
          try {
            http.stop();
          } catch (Exception e) {
            // stopping: nothing is waiting for it any more
          }
        });
  }

  /** Keeps a body's first bytes and drops the exchange once it passes the cap. */
  private static final class Body implements Response.ContentListener {
    private final long cap;
    private final ByteArrayOutputStream start = new ByteArrayOutputStream();
    private long read;

    Body(long cap) {
      this.cap = cap;
    }

    @Override
    public void onContent(Response response, ByteBuffer content) {
      read += content.remaining();
      while (content.hasRemaining() && start.size() < BODY_START) {
        start.write(content.get());
      }
      content.position(content.limit());
      if (read > cap) {
        response.abort(new BodyCapped());
      }
    }

    byte[] start() {
      return start.toByteArray();
    }
  }

  /** Why a request was dropped after its body passed the cap: not a failure of the link. */
  private static final class BodyCapped extends Exception {
    private static final long serialVersionUID = 1L;

    BodyCapped() {
      super("body cap reached", null, false, false);
    }
  }

  /** Hands the connection the addresses the checker resolved and vetted, in their order. */
  private record Vetted(HostResolver resolver) implements SocketAddressResolver {
    @Override
    public void resolve(
        String host,
        int port,
        Map<String, Object> context,
        Promise<List<InetSocketAddress>> promise) {
      resolver
          .resolve(host.toLowerCase(Locale.ROOT))
          .whenComplete(
              (resolution, error) -> {
                if (error != null || resolution == null || !resolution.resolved()) {
                  promise.failed(new UnknownHostException(host));
                  return;
                }
                List<InetSocketAddress> addresses =
                    resolution.addresses().stream()
                        .map((InetAddress a) -> new InetSocketAddress(a, port))
                        .toList();
                promise.succeeded(addresses);
              });
    }
  }
}
