package org.paperdigest.maven.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.DigestChecker;
import org.paperdigest.digest.FileResultCache;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.DigestSource;
import org.paperdigest.maven.links.LinkChecker;
import org.paperdigest.maven.links.LinkLog;
import org.paperdigest.maven.links.LinkMode;
import org.paperdigest.maven.links.LinkOccurrence;
import org.paperdigest.maven.links.LinkReport;
import org.paperdigest.maven.report.CheckstyleReportWriter;
import org.paperdigest.maven.report.GitlabReportWriter;
import org.paperdigest.maven.report.HtmlReportWriter;
import org.paperdigest.maven.report.JsonReportWriter;
import org.paperdigest.maven.report.JunitReportWriter;
import org.paperdigest.maven.report.ReportContext;
import org.paperdigest.maven.report.ReportWriter;
import org.paperdigest.maven.report.SarifReportWriter;

/**
 * The check without Maven types: scan, check, check links online when asked, write the file
 * reports. The mojos map its outcome to Maven's.
 */
public final class CheckRun {

  private static final List<ReportWriter> WRITERS =
      List.of(
          new SarifReportWriter(),
          new JsonReportWriter(),
          new CheckstyleReportWriter(),
          new JunitReportWriter(),
          new GitlabReportWriter(),
          new HtmlReportWriter());

  private CheckRun() {}

  /**
   * Every report format: {@code console}, the formats of the file writers, and {@code github}
   * (annotations and a step summary, written only under GitHub Actions).
   */
  public static List<String> formats() {
    List<String> formats = new ArrayList<>(List.of("console"));
    WRITERS.forEach(writer -> formats.add(writer.format()));
    formats.add("github");
    return List.copyOf(formats);
  }

  /** The paths, relative to {@code directory}, of the {@code files} that {@code inScope} takes. */
  public static List<String> paths(Path directory, List<Path> files, Predicate<String> inScope) {
    return files.stream()
        .map(f -> DigestSource.inRepository(directory, f).path())
        .filter(inScope)
        .toList();
  }

  /** The digest files of {@code directory} that the patterns select, sorted. */
  public static List<Path> scan(Path directory, List<String> includes, List<String> excludes)
      throws IOException {
    return DigestFileScanner.scan(directory, includes, excludes);
  }

  /**
   * Checks {@code files} and, when links are online, their links. Only findings in files whose path
   * {@code inScope} accepts are kept, and only their links are requested; every file still takes
   * part in the cross-file rule DG113.
   */
  public static CheckResult check(
      Path directory,
      List<Path> files,
      CheckSettings settings,
      Predicate<String> inScope,
      LinkLog log) {
    return check(directory, files, settings, inScope, log, null);
  }

  /**
   * Like {@link #check(Path, List, CheckSettings, Predicate, LinkLog)}, with per-file results kept
   * in {@code cacheFile} between runs (none when {@code null}). The cache is used when links are
   * not checked online, since the online check needs every file parsed for its links.
   */
  public static CheckResult check(
      Path directory,
      List<Path> files,
      CheckSettings settings,
      Predicate<String> inScope,
      LinkLog log,
      Path cacheFile) {
    boolean online = checksOnline(settings);
    Queue<LinkOccurrence> links = new ConcurrentLinkedQueue<>();
    Consumer<DigestFile> collect =
        online
            ? f -> {
              if (inScope.test(f.path())) {
                links.addAll(LinkOccurrence.of(f));
              }
            }
            : f -> {};
    // Built now, so that its HTTP client is set up while the digests are parsed.
    LinkChecker linkChecker =
        online ? new LinkChecker(settings.links(), settings.validation(), log) : null;
    CheckResult result;
    try (DigestChecker checker =
        DigestChecker.create(settings.validation(), Runtime.getRuntime().availableProcessors())) {
      if (cacheFile != null && !online) {
        FileResultCache cache =
            FileResultCache.load(
                cacheFile, toolVersion() + "\n" + settings.validation().fingerprint(), log::warn);
        result = checker.check(directory, files, cache);
        saveCache(cache, cacheFile, log);
      } else {
        result = checker.check(directory, files, collect);
      }
    }
    if (online) {
      List<LinkOccurrence> ordered = new ArrayList<>(links);
      ordered.sort(
          Comparator.comparing(LinkOccurrence::path).thenComparing(o -> o.link().position()));
      LinkReport report = linkChecker.check(ordered);
      result =
          result.plus(
              report.findings(),
              Arrays.stream(Rule.values())
                  .filter(r -> r.online() && settings.validation().isEnabled(r))
                  .toList());
    }
    return result.onlyPaths(inScope, paths(directory, files, inScope).size());
  }

  /** Whether links are checked online: the mode says so and some online rule is on. */
  public static boolean checksOnline(CheckSettings settings) {
    return settings.links().mode() == LinkMode.ONLINE
        && LinkChecker.anyOnlineRule(settings.validation());
  }

  private static void saveCache(FileResultCache cache, Path file, LinkLog log) {
    log.info(
        "Digest cache: "
            + cache.hits()
            + " unchanged file(s) taken from "
            + file
            + ", "
            + cache.misses()
            + " checked");
    try {
      cache.save();
    } catch (IOException | RuntimeException e) {
      log.warn("Cannot write the digest cache " + file + ": " + e.getMessage());
    }
  }

  /** Writes the file reports {@code settings} asks for; returns the files written. */
  public static List<Path> writeReports(
      ReportContext context, CheckSettings settings, Path outputDirectory) throws IOException {
    List<Path> written = new ArrayList<>();
    for (ReportWriter writer : WRITERS) {
      if (settings.formats().contains(writer.format())) {
        written.add(writer.write(context, outputDirectory));
      }
    }
    return written;
  }

  /**
   * Starts {@link #writeReports} on a thread of its own, so that the console report can be printed
   * meanwhile; {@link #finishReports} waits for it. The writers only read the context.
   */
  public static FutureTask<List<Path>> startReports(
      ReportContext context, CheckSettings settings, Path outputDirectory) {
    FutureTask<List<Path>> task =
        new FutureTask<>(() -> writeReports(context, settings, outputDirectory));
    Thread thread = new Thread(task, "digest-reports");
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  /** The files {@link #startReports} wrote, once it has; its failure, as it failed. */
  public static List<Path> finishReports(FutureTask<List<Path>> reports) throws IOException {
    try {
      return reports.get();
    } catch (InterruptedException e) {
      reports.cancel(true);
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the reports", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      } else if (cause instanceof RuntimeException runtime) {
        throw runtime;
      } else if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(cause);
    }
  }

  /** The plugin version, from a resource the build filters. */
  public static String toolVersion() {
    Properties properties = new Properties();
    try (InputStream in = CheckRun.class.getResourceAsStream("/digest-plugin.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }

  /**
   * The path from the git work tree root down to {@code directory}, with a trailing slash, so
   * report URIs are repository-relative; empty when the directory is the root or not in git.
   */
  public static String repositoryPrefix(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        String relative = p.relativize(dir).toString().replace('\\', '/');
        return relative.isEmpty() ? "" : relative + "/";
      }
    }
    return "";
  }
}
