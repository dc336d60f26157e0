package org.paperdigest.digest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.commonmark.parser.Parser;
import org.paperdigest.digest.internal.parse.CommonMarkConfig;

/**
 * The floor of the check bench: a plain program that only reads every digest and parses it with
 * commonmark-java, configured as our parser is ({@link CommonMarkConfig}: autolinks, source spans),
 * on every core. Nothing is validated or reported. The bench times it as a whole process, beside
 * the Maven run.
 *
 * <p>Argument: the corpus folder.
 */
public final class ParseFloor {

  private ParseFloor() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Parser parser = CommonMarkConfig.parser();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    long bytes = 0;
    try {
      List<Future<Integer>> parsed = new ArrayList<>();
      for (Path file : files) {
        parsed.add(pool.submit(() -> parse(parser, file)));
      }
      for (Future<Integer> f : parsed) {
        bytes += f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(
        Locale.ROOT,
        "floor: read and parsed %d files (%.1f MB) in %.2f s on %d threads%n",
        files.size(),
        bytes / 1e6,
        (System.nanoTime() - start) / 1e9,
        threads);
  }

  private static int parse(Parser parser, Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    parser.parse(new String(bytes, StandardCharsets.UTF_8));
    return bytes.length;
  }
}
