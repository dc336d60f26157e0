package org.paperdigest.maven.links;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.paperdigest.digest.CheckOptions;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.DigestChecker;
import org.paperdigest.digest.ValidationConfig;
import org.paperdigest.digest.internal.RepositoryBoundary;
import org.paperdigest.maven.links.settings.LinkSettings;
import org.paperdigest.maven.output.PluginLog;

/**
 * The link-check bench: a loopback server on {@code hosts} addresses (127.0.0.1, 127.0.0.2, ...)
 * that answers each request after {@code latency} ms, a generated digest folder holding {@code
 * urls} distinct links spread over those hosts, and the online check of that folder with a global
 * cap. Prints wall time (parsing excluded), URLs/s, the floor ceil(urls / cap) x latency and the
 * ratio to it, and the most requests the server saw in flight per host. Run it as
 * docs/development.md says: {@code ./mvnw -q -pl digest-maven-plugin test-compile
 * exec:exec@bench-links}.
 */
public final class LinkCheckBench {

  private LinkCheckBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--generate")) {
      // For link-bench.sh: only the digests, for a server already listening on the given port.
      generate(
          Path.of(args[1]),
          Integer.parseInt(args[2]),
          Integer.parseInt(args[3]),
          Integer.parseInt(args[4]));
      return;
    }
    Path folder = Path.of(args.length > 0 ? args[0] : "target/bench-links");
    int urls = args.length > 1 ? Integer.parseInt(args[1]) : 8000;
    int hosts = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int latency = args.length > 3 ? Integer.parseInt(args[3]) : 50;
    int cap = args.length > 4 ? Integer.parseInt(args[4]) : 64;
    int runs = args.length > 5 ? Integer.parseInt(args[5]) : 5;

    // One selector thread answers every request after the latency, so the server takes as little
    // CPU as it can from the checker it measures (the two share the machine's cores).
    LatencyServer server = new LatencyServer(hosts, latency);
    int port = server.port();
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
      PluginLog quiet =
          (level, message) -> {
            if (level == PluginLog.Level.ERROR || level == PluginLog.Level.WARN) {
              System.out.println(level + " " + message);
            }
          };
      // As digest:check does: the first checker is made before parsing, so that its HTTP client is
      // set up meanwhile.
      RepositoryBoundary repository = RepositoryBoundary.around(folder);
      LinkChecker first = new LinkChecker(settings, config, repository, quiet);
      CheckResult parsed;
      try (DigestChecker checker = DigestChecker.create(config, 2)) {
        parsed =
            checker.check(
                folder,
                files,
                CheckOptions.builder().listener(f -> links.addAll(LinkOccurrence.of(f))).build());
      }
      List<LinkOccurrence> ordered = new ArrayList<>(links);
      ordered.sort(
          Comparator.comparing(LinkOccurrence::path).thenComparing(o -> o.link().position()));

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
          settings.http().maxConcurrencyPerHost(),
          urls,
          cap,
          latency,
          floor);
      List<Double> times = new ArrayList<>();
      for (int run = 1; run <= runs; run++) {
        server.reset();
        long start = System.nanoTime();
        LinkReport report;
        try (LinkChecker checker =
            run == 1 ? first : new LinkChecker(settings, config, repository, quiet)) {
          report = checker.check(ordered);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        times.add(seconds);
        int serverMax = server.hosts().stream().mapToInt(h -> h.maxInFlight.get()).max().orElse(0);
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
            server.requests(),
            server.connections(),
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
      server.close();
    }
  }

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
