package org.paperdigest.maven.links;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A server on 127.0.0.1 with one route per behaviour a link checker meets, recording every request
 * (method, path, time) and the most {@code /latency/...} requests it ever held at once.
 */
final class TestServer implements AutoCloseable {

  /** One request as the server saw it. */
  record Seen(String method, String path, long nanos) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(128);
  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final Map<String, String> arxivTitles = new ConcurrentHashMap<>();
  private final Map<String, Integer> arxivVersions = new ConcurrentHashMap<>();
  private final Map<String, List<String>> arxivAuthors = new ConcurrentHashMap<>();
  private final CountDownLatch stopping = new CountDownLatch(1);
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final AtomicLong headerBytesSent = new AtomicLong();
  private volatile long latencyMillis = 100;
  private ServerSocket endless;

  TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  int port() {
    return server.getAddress().getPort();
  }

  /**
   * A URL of {@code path} on a server that answers a status line and then headers without end:
   * header lines as fast as the client reads them ({@code /headers}), one line every 100 ms ({@code
   * /slow-headers...}), or one header line that never ends ({@code /header-line}). No HTTP server
   * library can be made to send that, so a raw socket of its own sends it.
   */
  synchronized String endlessHeaders(String path) throws IOException {
    if (endless == null) {
      endless = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
      threads.execute(this::acceptEndless);
    }
    return "http://127.0.0.1:" + endless.getLocalPort() + path;
  }

  /** How many bytes of header lines the endless-headers server sent in all. */
  long headerBytesSent() {
    return headerBytesSent.get();
  }

  private void acceptEndless() {
    while (!endless.isClosed()) {
      try {
        Socket socket = endless.accept();
        threads.execute(() -> streamHeaders(socket));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void streamHeaders(Socket socket) {
    byte[] line = ("X-Filler: " + "a".repeat(1014) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    try (socket) {
      String[] request = requestLine(socket.getInputStream()).split(" ");
      String path = request.length > 1 ? request[1] : "";
      seen.add(new Seen(request[0], path, System.nanoTime()));
      hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      OutputStream out = socket.getOutputStream();
      out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
      if (path.startsWith("/header-line")) {
        out.write("X-Line: ".getBytes(StandardCharsets.US_ASCII));
        line = "a".repeat(1024).getBytes(StandardCharsets.US_ASCII);
      }
      while (stopping.getCount() > 0) {
        out.write(line);
        headerBytesSent.addAndGet(line.length);
        if (path.startsWith("/slow")) {
          stopping.await(100, TimeUnit.MILLISECONDS);
        }
      }
    } catch (IOException e) {
      // the client hung up, as it should
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The request's first line, without its line end. */
  private static String requestLine(java.io.InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c >= 0 && c != '\n' && line.length() < 1024; c = in.read()) {
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  /** How long {@code /latency/...} takes to answer. */
  void latency(long millis) {
    latencyMillis = millis;
  }

  /**
   * A paper the fake arXiv API knows; each author is a name, or a name and {@code |affiliation}.
   */
  void paper(String id, int version, String title, String... authors) {
    arxivTitles.put(id, title);
    arxivVersions.put(id, version);
    arxivAuthors.put(id, List.of(authors));
  }

  List<Seen> seen() {
    return List.copyOf(seen);
  }

  /** Requests to {@code path}, any method. */
  int hits(String path) {
    AtomicInteger count = hits.get(path);
    return count == null ? 0 : count.get();
  }

  List<Seen> seen(String path) {
    List<Seen> matching = new ArrayList<>();
    seen.forEach(
        s -> {
          if (s.path().equals(path)) {
            matching.add(s);
          }
        });
    return matching;
  }

  /** The most {@code /latency/...} requests that were waiting for their answer at once. */
  int maxInFlight() {
    return maxInFlight.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    seen.add(new Seen(method, path, System.nanoTime()));
    int count = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    try {
      route(exchange, path, method, count);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  private void route(HttpExchange exchange, String path, String method, int count)
      throws IOException, InterruptedException {
    switch (path) {
      case "/ok", "/ok2" -> answer(exchange, 200);
      case "/missing" -> answer(exchange, 404);
      case "/gone" -> answer(exchange, 410);
      case "/server-error" -> answer(exchange, 500);
      case "/head-refused" -> answer(exchange, method.equals("HEAD") ? 405 : 200);
      case "/moved" -> redirect(exchange, 301, "/moved-again");
      case "/moved-again" -> redirect(exchange, 308, "/ok");
      case "/temporary" -> redirect(exchange, 302, "/ok");
      case "/moved-to-missing" -> redirect(exchange, 301, "/missing");
      case "/loop-a" -> redirect(exchange, 302, "/loop-b");
      case "/loop-b" -> redirect(exchange, 302, "/loop-a");
      case "/to-private" -> redirect(exchange, 302, "http://10.1.2.3/admin");
      case "/to-file" -> redirect(exchange, 302, "file:///etc/passwd");
      case "/busy-seconds" -> busy(exchange, count, "1");
      case "/busy-date" ->
          busy(
              exchange,
              count,
              DateTimeFormatter.RFC_1123_DATE_TIME.format(
                  ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2)));
      case "/busy-long" -> busy(exchange, 1, "3600");
      case "/unavailable-once" -> answer(exchange, count == 1 ? 503 : 200);
      case "/unavailable" -> answer(exchange, 503);
      case "/reset" -> {} // closed without an answer
      case "/slow" -> stopping.await(30, TimeUnit.SECONDS);
      case "/huge" -> huge(exchange, method);
      case "/api/query" -> arxiv(exchange, false);
      case "/api/busy" -> {
        if (count == 1) {
          exchange.getResponseHeaders().add("Retry-After", "1");
          answer(exchange, 429);
        } else {
          arxiv(exchange, false);
        }
      }
      case "/api/broken" -> answer(exchange, 500);
      case "/api/html" ->
          page(exchange, method, 200, "<!DOCTYPE html>\n<html><body>Down for maintenance");
      case "/api/partial" -> arxiv(exchange, true);
      case "/api/huge" -> huge(exchange, "GET");
      case "/cloudflare" -> {
        exchange.getResponseHeaders().add("Server", "cloudflare");
        exchange.getResponseHeaders().add("cf-mitigated", "challenge");
        page(exchange, method, 403, "<!DOCTYPE html><html><head><title>Just a moment...</title>");
      }
      case "/cloudflare-page" -> {
        exchange.getResponseHeaders().add("Server", "cloudflare");
        page(exchange, method, 503, "<html><script src=\"/cdn-cgi/challenge-platform/h/b\">");
      }
      case "/cloudflare-missing" -> {
        exchange.getResponseHeaders().add("Server", "cloudflare");
        page(exchange, method, 404, "<html><title>Not found</title>");
      }
      case "/linkedin" -> answer(exchange, 999);
      case "/aws-waf" -> {
        exchange.getResponseHeaders().add("x-amzn-waf-action", "challenge");
        answer(exchange, 202);
      }
      case "/forbidden" -> page(exchange, method, 403, "<html><title>Forbidden</title>");
      case "/head-forbidden" -> answer(exchange, method.equals("HEAD") ? 403 : 200);
      case "/rate-reset" -> {
        if (count == 1) {
          exchange.getResponseHeaders().add("X-RateLimit-Reset", "1");
          answer(exchange, 429);
        } else {
          answer(exchange, 200);
        }
      }
      default -> {
        if (path.startsWith("/latency/")) {
          // In flight until the answer starts: once it has, the client may take the next request
          // before this thread gets here again, which is no excess.
          int now = inFlight.incrementAndGet();
          maxInFlight.accumulateAndGet(now, Math::max);
          try {
            Thread.sleep(latencyMillis);
          } finally {
            inFlight.decrementAndGet();
          }
          answer(exchange, 200);
        } else {
          answer(exchange, 404);
        }
      }
    }
  }

  private static void answer(HttpExchange exchange, int status) throws IOException {
    exchange.sendResponseHeaders(status, -1);
  }

  /** Answers {@code status} with an HTML page; a HEAD gets the status and no body. */
  private static void page(HttpExchange exchange, String method, int status, String html)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
    if (method.equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static void redirect(HttpExchange exchange, int status, String location)
      throws IOException {
    exchange.getResponseHeaders().add("Location", location);
    exchange.sendResponseHeaders(status, -1);
  }

  private static void busy(HttpExchange exchange, int count, String retryAfter) throws IOException {
    if (count == 1 || retryAfter.equals("3600")) {
      exchange.getResponseHeaders().add("Retry-After", retryAfter);
      answer(exchange, 429);
    } else {
      answer(exchange, 200);
    }
  }

  private void huge(HttpExchange exchange, String method) throws IOException {
    if (method.equals("HEAD")) {
      answer(exchange, 405);
      return;
    }
    exchange.sendResponseHeaders(200, 0); // chunked, no length
    byte[] chunk = new byte[64 * 1024];
    try (OutputStream out = exchange.getResponseBody()) {
      for (int i = 0; i < 16 * 1024 && stopping.getCount() > 0; i++) { // up to 1 GiB
        out.write(chunk);
      }
    } catch (IOException e) {
      // the client stopped reading, as it should
    }
  }

  /**
   * An Atom feed of the papers asked for that the server knows; a {@code partial} feed counts every
   * paper asked for in {@code opensearch:totalResults} but brings only the first.
   */
  private void arxiv(HttpExchange exchange, boolean partial) throws IOException {
    String query = exchange.getRequestURI().getQuery();
    String ids = "";
    for (String part : query.split("&")) {
      if (part.startsWith("id_list=")) {
        ids = part.substring("id_list=".length());
      }
    }
    StringBuilder feed =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\""
                + " xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\""
                + " xmlns:arxiv=\"http://arxiv.org/schemas/atom\">\n"
                + "  <title>arXiv Query</title>\n");
    String[] asked = ids.split(",");
    if (partial) {
      feed.append("  <opensearch:totalResults>")
          .append(asked.length)
          .append("</opensearch:totalResults>\n");
      asked = new String[] {asked[0]};
    }
    for (String id : asked) {
      String title = arxivTitles.get(id);
      if (title != null) {
        feed.append("  <entry>\n    <id>http://arxiv.org/abs/")
            .append(id)
            .append('v')
            .append(arxivVersions.get(id))
            .append("</id>\n    <title>")
            .append(xml(title))
            .append("</title>\n    <summary>A summary &amp; no author.</summary>\n");
        for (String author : arxivAuthors.get(id)) {
          String[] parts = author.split("\\|", 2);
          feed.append("    <author>\n      <name>").append(xml(parts[0])).append("</name>\n");
          if (parts.length > 1) {
            feed.append("      <arxiv:affiliation>")
                .append(xml(parts[1]))
                .append("</arxiv:affiliation>\n");
          }
          feed.append("    </author>\n");
        }
        feed.append("    <arxiv:primary_category term=\"cs.CL\"/>\n  </entry>\n");
      }
    }
    feed.append("</feed>\n");
    byte[] body = feed.toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/atom+xml");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;");
  }

  @Override
  public void close() {
    stopping.countDown();
    server.stop(0);
    try {
      if (endless != null) {
        endless.close();
      }
    } catch (IOException e) {
      // closing: nothing waits for it
    }
    threads.shutdownNow();
  }
}
