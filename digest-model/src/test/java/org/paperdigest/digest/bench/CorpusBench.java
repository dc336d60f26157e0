package org.paperdigest.digest.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.DigestChecker;
import org.paperdigest.digest.ValidationConfig;

/**
 * The parse+validate benchmark: generates a corpus shaped like real digests from the seeds ({@link
 * BenchCorpus}: dated paths and headers, fresh arXiv ids, varied entries, votes, authors and
 * defects), then checks it single-threaded and with every core, printing files/s, MB/s and peak
 * heap. Run it as README's bench command describes, with {@code -Xmx256m}.
 *
 * <p>Arguments: corpus folder (default {@code target/bench-corpus}), file count (default 3500), and
 * {@code --generate-only} to write the corpus and stop (the Maven check bench uses that).
 */
public final class CorpusBench {

  private CorpusBench() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args.length > 0 ? args[0] : "target/bench-corpus");
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 3500;
    long bytes = generate(corpus, count);
    if (args.length > 2 && args[2].equals("--generate-only")) {
      System.out.printf(
          Locale.ROOT, "corpus: %d files, %.1f MB in %s%n", count, bytes / 1e6, corpus);
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(p -> p.toString().endsWith(".md")).toList();
    }
    System.out.printf(
        Locale.ROOT,
        "corpus: %d files, %.1f MB in %s; max heap %d MB%n",
        files.size(),
        bytes / 1e6,
        corpus,
        Runtime.getRuntime().maxMemory() >> 20);
    run("warm-up (1 thread)", corpus, files, bytes, 1);
    run("parse+validate, 1 thread", corpus, files, bytes, 1);
    int cores = Runtime.getRuntime().availableProcessors();
    run("parse+validate, " + cores + " threads", corpus, files, bytes, cores);
    long peak =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum();
    System.out.printf(Locale.ROOT, "peak heap used: %.1f MB%n", peak / 1e6);
  }

  private static void run(String label, Path corpus, List<Path> files, long bytes, int threads) {
    long start = System.nanoTime();
    CheckResult result;
    try (DigestChecker checker = DigestChecker.create(ValidationConfig.defaults(), threads)) {
      result = checker.check(corpus, files);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%-28s %6.2f s  %8.0f files/s  %6.1f MB/s  (%d entries, %d findings)%n",
        label,
        seconds,
        files.size() / seconds,
        bytes / 1e6 / seconds,
        result.entriesChecked(),
        result.findings().size());
  }

  /**
   * Writes the {@link BenchCorpus} of {@code count} digests unless it is there; returns its bytes.
   */
  static long generate(Path corpus, int count) throws IOException {
    return BenchCorpus.fromSeeds().writeTo(corpus, count);
  }
}
