package org.paperdigest.digest.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.DigestChecker;
import org.paperdigest.digest.ValidationConfig;

/**
 * The parse+validate benchmark: generates a corpus shaped like real digests from the seeds (dated
 * paths and headers, fresh arXiv ids, the seeds' repeated authors kept), then checks it
 * single-threaded and with every core, printing files/s, MB/s and peak heap. Run it as README's
 * bench command describes, with {@code -Xmx256m}.
 *
 * <p>Arguments: corpus folder (default {@code target/bench-corpus}), file count (default 3500), and
 * {@code --generate-only} to write the corpus and stop (the Maven check bench uses that).
 */
public final class CorpusBench {

  private static final String[] SEEDS = {"01/02.md", "01/08.md", "01/17.md", "03/01.md"};
  private static final Pattern ARXIV = Pattern.compile("arxiv\\.org/abs/\\d{4}\\.\\d{5}");
  private static final Pattern HEADER = Pattern.compile("Daily Papers \\(\\d{4}-\\d{2}-\\d{2}\\)");

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

  /** Writes {@code count} digests under {@code corpus} unless they are there; returns the bytes. */
  static long generate(Path corpus, int count) throws IOException {
    List<String> seeds = new ArrayList<>();
    for (String seed : SEEDS) {
      try (InputStream in =
          CorpusBench.class.getResourceAsStream("/golden/seeds/paper_logs/2024/" + seed)) {
        seeds.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    long total = 0;
    LocalDate date = LocalDate.of(2015, 1, 1);
    int paper = 0;
    for (int i = 0; i < count; i++, date = date.plusDays(1)) {
      Path file =
          corpus.resolve(
              String.format(
                  Locale.ROOT,
                  "paper_logs/%d/%02d/%02d.md",
                  date.getYear(),
                  date.getMonthValue(),
                  date.getDayOfMonth()));
      if (!Files.exists(file)) {
        // Two seeds per day make a file the size of a busy real day (~30 KB).
        String text =
            seeds.get(i % 4)
                + "\n"
                + HEADER.matcher(seeds.get((i + 1) % 4)).replaceFirst("").strip();
        text = HEADER.matcher(text).replaceFirst("Daily Papers (" + date + ")");
        Matcher ids = ARXIV.matcher(text);
        StringBuilder out = new StringBuilder();
        while (ids.find()) {
          paper++;
          String id =
              String.format(
                  Locale.ROOT,
                  "%02d%02d.%05d",
                  15 + paper / 1_200_000 % 10,
                  1 + paper / 99_999 % 12,
                  paper % 99_999 + 1);
          ids.appendReplacement(out, "arxiv.org/abs/" + id);
        }
        ids.appendTail(out);
        Files.createDirectories(file.getParent());
        Files.writeString(file, out, StandardCharsets.UTF_8);
      }
      total += Files.size(file);
    }
    return total;
  }
}
