package org.paperdigest.maven.links;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.DigestChecker;
import org.paperdigest.digest.ValidationConfig;

/**
 * The link-check bench: a loopback server on {@code hosts} addresses (127.0.0.1, 127.0.0.2, ...)
 * that answers each request after {@code latency} ms, a generated digest folder holding {@code
 * urls} distinct links spread over those hosts, and the online check of that folder with a global
 * cap. Prints wall time (parsing excluded), URLs/s, the floor ceil(urls / cap) x latency and the
 * ratio to it, and the most requests the server saw in flight per host. Run it as README says:
 * {@code ./mvnw -q -pl digest-maven-plugin test-compile exec:exec@bench-links}.
 */
public final class LinkCheckBench {

  private LinkCheckBench() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "target/bench-links");
    int urls = args.length > 1 ? Integer.parseInt(args[1]) : 8000;
    int hosts = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int latency = args.length > 3 ? Integer.parseInt(args[3]) : 50;
    int cap = args.length > 4 ? Integer.parseInt(args[4]) : 64;
    int runs = args.length > 5 ? Integer.parseInt(args[5]) : 5;

    // A plain keep-alive server, a thread per connection: it costs far less CPU per request than
    // com.sun.net.httpserver, so the figures measure the checker rather than the server.
    Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> maxInFlight = new ConcurrentHashMap<>();
    AtomicInteger requests = new AtomicInteger();
    AtomicInteger connections = new AtomicInteger();
    List<ServerSocket> servers = new ArrayList<>();
    int port = 0;
    for (int h = 1; h <= hosts; h++) {
      String address = "127.0.0." + h;
      ServerSocket server = new ServerSocket(port, 1024, InetAddress.getByName(address));
      port = server.getLocalPort();
      AtomicInteger now = inFlight.computeIfAbsent(address, a -> new AtomicInteger());
      AtomicInteger max = maxInFlight.computeIfAbsent(address, a -> new AtomicInteger());
      Thread acceptor =
          new Thread(
              () -> {
                while (!server.isClosed()) {
                  try {
                    Socket socket = server.accept();
                    connections.incrementAndGet();
                    Thread serving =
                        new Thread(() -> serve(socket, latency, requests, now, max), "bench-conn");
                    serving.setDaemon(true);
                    serving.start();
                  } catch (IOException e) {
                    return;
                  }
                }
              },
              "bench-accept");
      acceptor.setDaemon(true);
      acceptor.start();
      servers.add(server);
    }
    try {
      generate(folder, urls, hosts, port);
      LinkSettings settings =
          LinkSettings.builder().maxConcurrency(cap).allowedHosts(List.of("127.0.0.0/8")).build();
      ValidationConfig config = ValidationConfig.defaults();
      Queue<LinkOccurrence> links = new ConcurrentLinkedQueue<>();
      List<Path> files;
      try (Stream<Path> walk = Files.walk(folder)) {
        files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
      }
      CheckResult parsed;
      try (DigestChecker checker = DigestChecker.create(config, 2)) {
        parsed = checker.check(folder, files, f -> links.addAll(LinkOccurrence.of(f)));
      }
      List<LinkOccurrence> ordered = new ArrayList<>(links);
      ordered.sort(
          Comparator.comparing(LinkOccurrence::path).thenComparing(o -> o.link().position()));
      LinkLog quiet =
          new LinkLog() {
            @Override
            public void info(String message) {}

            @Override
            public void warn(String message) {
              System.out.println("WARN " + message);
            }
          };

      double floor = Math.ceil((double) urls / cap) * latency / 1000.0;
      System.out.printf(
          Locale.ROOT,
          "%d files, %d links (%d distinct URLs over %d hosts), %d ms latency, cap %d (%d per host);"
              + " floor ceil(%d/%d) x %d ms = %.2f s%n",
          parsed.filesChecked(),
          ordered.size(),
          urls,
          hosts,
          latency,
          cap,
          settings.maxConcurrencyPerHost(),
          urls,
          cap,
          latency,
          floor);
      List<Double> times = new ArrayList<>();
      for (int run = 1; run <= runs; run++) {
        maxInFlight.values().forEach(m -> m.set(0));
        requests.set(0);
        connections.set(0);
        long start = System.nanoTime();
        LinkReport report = new LinkChecker(settings, config, quiet).check(ordered);
        double seconds = (System.nanoTime() - start) / 1e9;
        times.add(seconds);
        int serverMax = maxInFlight.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
        System.out.printf(
            Locale.ROOT,
            "run %d%s: %.2f s wall, %.0f URLs/s, %.3fx the floor; %d requests over %d connections;"
                + " most in flight %d overall, %d per host (server count), %d per host (client);"
                + " %d findings%n",
            run,
            run == 1 ? " (cold JVM)" : "",
            seconds,
            urls / seconds,
            seconds / floor,
            requests.get(),
            connections.get(),
            report.maxInFlight(),
            serverMax,
            report.maxInFlightPerHost().values().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0),
            report.findings().size());
      }
      List<Double> sorted = times.stream().sorted().toList();
      double median = sorted.get(sorted.size() / 2);
      System.out.printf(
          Locale.ROOT,
          "median of %d runs: %.2f s, %.3fx the floor (target <= 1.1x); cold run %.3fx%n",
          runs,
          median,
          median / floor,
          times.get(0) / floor);
    } finally {
      for (ServerSocket server : servers) {
        server.close();
      }
    }
  }

  /** Answers each request on one connection with 200 after {@code latency} ms, until it closes. */
  private static void serve(
      Socket socket, int latency, AtomicInteger requests, AtomicInteger now, AtomicInteger max) {
    try (socket) {
      socket.setTcpNoDelay(true);
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      OutputStream out = socket.getOutputStream();
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isEmpty()) {
          continue;
        }
        while ((line = in.readLine()) != null && !line.isEmpty()) {
          // headers: HEAD and GET carry no body
        }
        requests.incrementAndGet();
        max.accumulateAndGet(now.incrementAndGet(), Math::max);
        try {
          Thread.sleep(latency);
        } finally {
          now.decrementAndGet();
        }
        out.write(OK);
        out.flush();
      }
    } catch (IOException | InterruptedException e) {
      // the client closed the connection
    }
  }

  private static final byte[] OK =
      "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

  /** Digests of 10 entries, each titled with a link to the server: one distinct URL per entry. */
  private static void generate(Path folder, int urls, int hosts, int port) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> old = Files.walk(folder)) {
        old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    int perFile = 10;
    for (int file = 0; file * perFile < urls; file++) {
      StringBuilder text = new StringBuilder("## Daily Papers (2024-01-01)\n\n");
      for (int e = 0; e < perFile && file * perFile + e < urls; e++) {
        int n = file * perFile + e;
        String host = "127.0.0." + (n % hosts + 1);
        text.append("### [Paper ")
            .append(n)
            .append("](http://")
            .append(host)
            .append(':')
            .append(port)
            .append("/paper/")
            .append(n)
            .append(")\n\n")
            .append("Vote: 1\n\nAuthors: Ada Lovelace\n\n- A summary.\n\n");
      }
      Path target = folder.resolve(String.format(Locale.ROOT, "d%05d.md", file));
      Files.createDirectories(target.getParent());
      Files.writeString(target, text);
    }
  }
}
