package org.paperdigest.maven.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.DigestChecker;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.ValidationConfig;
import org.paperdigest.maven.ModelGolden;
import org.paperdigest.maven.OfflineCheck;
import org.paperdigest.maven.output.PluginLog;
import org.paperdigest.maven.report.ConsoleReport;
import org.paperdigest.maven.service.Checked;
import org.paperdigest.maven.service.DigestFileScanner;
import org.paperdigest.maven.service.DigestRunException;
import org.paperdigest.maven.service.DigestService;
import org.paperdigest.maven.service.ReportService;
import org.paperdigest.maven.service.RunSettings;

/**
 * The bad-input catalogue: each strange input next to a good digest, through the plugin's own scan
 * and check. Each gives a clear finding naming the file and position (or none, where the input is
 * fine), the good digest is still checked, no input file changes, and the check ends within the
 * case's bound (a hang guard, documented in README, not a performance assertion).
 */
class BadInputCatalogueTest {

  private static final String GOOD = "paper_logs/2024/01/02.md";
  private static final String GOOD_FINDING =
      GOOD + ":9:22 DG110 | repeated author name: Liang Wang (2x)";
  private static final String HEADER = "## Daily Papers (2024-02-01)\n\n";

  @TempDir Path root;

  @BeforeEach
  void goodDigest() throws IOException {
    Path seed = ModelGolden.seeds().resolve(GOOD);
    write(GOOD, Files.readAllBytes(seed));
  }

  @Test
  void invalidUtf8IsDg000WithItsByteOffset() throws Exception {
    byte[] bytes = (HEADER + "### [Caf").getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[bytes.length + 3];
    System.arraycopy(bytes, 0, bad, 0, bytes.length);
    bad[bytes.length] = (byte) 0xC3; // a lead byte with no continuation
    bad[bytes.length + 1] = '(';
    bad[bytes.length + 2] = '\n';
    write("bad/utf8.md", bad);

    assertThat(of("bad/utf8.md", check(5)))
        .containsExactly("bad/utf8.md:3:9 DG000 | not valid UTF-8: byte 0xC3 at byte offset 38");
  }

  @Test
  void utf8ByteOrderMarkIsReadAndColumnsStartAfterIt() throws Exception {
    write("bom.md", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, entry("A, A")));

    assertThat(of("bom.md", check(5)))
        .containsExactly("bom.md:9:13 DG110 | repeated author name: A (2x)");
  }

  @Test
  void utf16FileIsDg000SayingSo() throws Exception {
    byte[] text = entry("A, B").getBytes(StandardCharsets.UTF_16LE);
    write("utf16.md", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text));

    assertThat(of("utf16.md", check(5)))
        .containsExactly(
            "utf16.md:1:1 DG000 | the file is UTF-16 (byte order mark at byte offset 0), not UTF-8");
  }

  @Test
  void crlfAndLoneCrLineEndsCountLinesAsLf() throws Exception {
    write(
        "crlf.md",
        new String(entry("A, A")).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    write("cr.md", new String(entry("A, A")).replace("\n", "\r").getBytes(StandardCharsets.UTF_8));

    List<String> findings = check(5);

    assertThat(of("cr.md", findings))
        .containsExactly("cr.md:9:13 DG110 | repeated author name: A (2x)");
    assertThat(of("crlf.md", findings))
        .containsExactly(
            "crlf.md:3:24 DG113 | paper 2402.00001 already appears at cr.md:3",
            "crlf.md:9:13 DG110 | repeated author name: A (2x)");
  }

  @Test
  void emptyAndWhitespaceOnlyFilesLackAHeader() throws Exception {
    write("empty.md", new byte[0]);
    write("blank.md", " \n\t\n\n".getBytes(StandardCharsets.UTF_8));

    List<String> findings = check(5);

    assertThat(of("empty.md", findings))
        .containsExactly("empty.md:1:1 DG001 | no '## Daily Papers (YYYY-MM-DD)' header");
    assertThat(of("blank.md", findings))
        .containsExactly("blank.md:1:1 DG001 | no '## Daily Papers (YYYY-MM-DD)' header");
  }

  @Test
  void binaryFileNamedMdIsDg000() throws Exception {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    write("image.md", png);

    assertThat(of("image.md", check(5)))
        .containsExactly("image.md:1:1 DG000 | not valid UTF-8: byte 0x89 at byte offset 0");
  }

  @Test
  void fiftyMegabytesOnOneLineEndsInBoundedTime() throws Exception {
    StringBuilder line = new StringBuilder(HEADER.length() + 50_000_000).append(HEADER);
    while (line.length() < 50_000_000) {
      line.append("word [link](https://example.org/x) ");
    }
    write("huge-line.md", line.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(of("huge-line.md", check(120)))
        .containsExactly(
            "huge-line.md:1:1 DG005 | no entry under the digest header",
            "huge-line.md:3:1 DG006 | stray content: a paragraph between the header and the first"
                + " entry");
  }

  @Test
  void hundredThousandEntriesEndInBoundedTime() throws Exception {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < 100_000; i++) {
      text.append(entryBody(String.format("2402.%05d", i), "A" + i + ", B" + i));
    }
    write("many.md", text.toString().getBytes(StandardCharsets.UTF_8));

    List<String> findings = check(120);

    assertThat(of("many.md", findings)).isEmpty();
  }

  @Test
  void tenThousandDeepListsAndQuotesEndInBoundedTime() throws Exception {
    StringBuilder lists = new StringBuilder(HEADER);
    StringBuilder quotes = new StringBuilder(HEADER);
    for (int i = 0; i < 10_000; i++) {
      lists.append("  ".repeat(i)).append("- item\n");
    }
    quotes.append(">".repeat(10_000)).append(" deep\n");
    write("lists.md", lists.toString().getBytes(StandardCharsets.UTF_8));
    write("quotes.md", quotes.toString().getBytes(StandardCharsets.UTF_8));

    List<String> findings = check(60);

    assertThat(of("lists.md", findings))
        .containsExactly(
            "lists.md:1:1 DG005 | no entry under the digest header",
            "lists.md:3:1 DG006 | stray content: a bullet list between the header and the first"
                + " entry");
    assertThat(of("quotes.md", findings))
        .containsExactly(
            "quotes.md:1:1 DG005 | no entry under the digest header",
            "quotes.md:3:1 DG006 | stray content: a block quote between the header and the first"
                + " entry");
  }

  @Test
  void headingWhoseLinkNeverClosesIsAMalformedTitle() throws Exception {
    write("open.md", (HEADER + "### [Title that never closes\n").getBytes(StandardCharsets.UTF_8));

    assertThat(of("open.md", check(5)))
        .containsExactly(
            "open.md:3:1 DG101 | the title heading has no link; write '### [Title](paper URL)'",
            "open.md:3:1 DG103 | the entry has no image and no video",
            "open.md:3:1 DG105 | the entry has no Vote: line",
            "open.md:3:1 DG108 | the entry has no Authors: line",
            "open.md:3:1 DG112 | the entry has no summary list");
  }

  @Test
  void linkWithTenThousandNestedBracketsEndsInBoundedTime() throws Exception {
    String title = "[".repeat(10_000) + "x" + "]".repeat(10_000);
    write(
        "brackets.md",
        (HEADER + "### " + title + "(https://arxiv.org/abs/2402.00001)\n")
            .getBytes(StandardCharsets.UTF_8));

    // Balanced brackets make a valid link text: the entry is only missing its other parts.
    assertThat(of("brackets.md", check(60)))
        .containsExactly(
            "brackets.md:3:1 DG103 | the entry has no image and no video",
            "brackets.md:3:1 DG105 | the entry has no Vote: line",
            "brackets.md:3:1 DG108 | the entry has no Authors: line",
            "brackets.md:3:1 DG112 | the entry has no summary list");
  }

  @Test
  void directoryNamedLikeADigestIsDg000() throws Exception {
    Files.createDirectories(root.resolve("x.md"));

    assertThat(of("x.md", check(5)))
        .containsExactly("x.md:1:1 DG000 | the path is a directory, not a file");
  }

  @Test
  void symlinkLoopDoesNotTrapTheScan() throws Exception {
    write("loop/real.md", entry("A, A").getBytes(StandardCharsets.UTF_8));
    Files.createSymbolicLink(root.resolve("loop/again"), root.resolve("loop"));
    Files.createSymbolicLink(root.resolve("loop/self.md"), root.resolve("loop/self.md"));

    List<String> findings = check(5);

    // Links are not followed: the real file is checked once, the looping link is left alone.
    assertThat(findings.stream().filter(f -> f.startsWith("loop/")))
        .containsExactly("loop/real.md:9:13 DG110 | repeated author name: A (2x)");
  }

  @Test
  void unreadableFileIsDg000() throws Exception {
    Path file = write("locked.md", entry("A, B").getBytes(StandardCharsets.UTF_8));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(
        Files.isReadable(file), "root reads any file; the deleted-file case covers the I/O path");

    assertThat(of("locked.md", check(5)))
        .singleElement()
        .satisfies(
            f -> assertThat(f).startsWith("locked.md:1:1 DG000 | the file could not be read"));
  }

  @Test
  void fileDeletedWhileTheRunIsInProgressIsDg000() throws Exception {
    write("gone.md", entry("A, B").getBytes(StandardCharsets.UTF_8));
    List<Path> files = DigestFileScanner.scan(root, List.of("**/*.md"), List.of());
    Files.delete(root.resolve("gone.md"));

    CheckResult result;
    try (DigestChecker checker = DigestChecker.create(ValidationConfig.defaults(), 2)) {
      result = checker.check(root, files);
    }
    assertThat(of("gone.md", findings(result)))
        .containsExactly("gone.md:1:1 DG000 | the file was deleted before it could be read");
  }

  /**
   * What a pull request from a fork can put in the checked folder: links out of the repository,
   * names that forge log lines or are not UTF-8, a link where a report goes. Nothing outside the
   * repository is read, and nothing of it reaches a report or a log line (docs/security.md). The
   * servers a digest can link to are LinkCheckerIT's; the same run under Maven is the IT
   * hostile-pr.
   */
  @Nested
  class HostilePullRequest {

    private static final String CANARY = "CANARY_9f2e41";

    /** Where the victim files live: outside the checked folder, which is no git work tree. */
    @TempDir Path outside;

    private final List<String> logged = new ArrayList<>();
    private final PluginLog log = (level, message) -> logged.add(level + " " + message);

    /** A file outside the repository holding a secret, as /proc/self/environ does. */
    private Path canary() throws IOException {
      return Files.writeString(
          outside.resolve("environ"), CANARY + "_SECRET_ACCESS_KEY=hunter2\nHOME=/root\n");
    }

    @Test
    void symlinkedDigestLeadingOutsideIsDg000NamingTheLinkAndLeaksNothing() throws Exception {
      Files.createDirectories(root.resolve("paper_logs/2024/01"));
      Files.createSymbolicLink(root.resolve("paper_logs/2024/01/04.md"), canary());

      String everything = publishEverything(run(List.of()), false);

      assertThat(of("paper_logs/2024/01/04.md", findingsOf(run(List.of()))))
          .containsExactly(
              "paper_logs/2024/01/04.md:1:1 DG000 | the file is a symbolic link to a path outside"
                  + " the repository; it is not read");
      assertThat(everything).doesNotContain(CANARY);
    }

    @Test
    void symlinkInsideTheRepositoryIsCheckedAsItsTarget() throws Exception {
      Files.createSymbolicLink(root.resolve("latest.md"), Path.of(GOOD));

      assertThat(findingsOf(run(List.of())))
          .contains("latest.md:9:22 DG110 | repeated author name: Liang Wang (2x)");
    }

    @Test
    void symlinkedBaselineLeadingOutsideIsAnErrorNamingTheLinkNotItsText() throws Exception {
      Files.createSymbolicLink(root.resolve(RunSettings.DEFAULT_BASELINE), canary());

      assertThatThrownBy(() -> new DigestService(log).check(run(List.of()), true))
          .isInstanceOf(DigestRunException.class)
          .hasMessageContaining(root.resolve(RunSettings.DEFAULT_BASELINE).toString())
          .hasMessageContaining("symbolic link")
          .hasMessageNotContaining(CANARY);
      assertThat(String.join("\n", logged)).doesNotContain(CANARY);
    }

    @Test
    void linkedFilesBehindSymlinksLeadingOutsideAreDg206AndTellNothingOfTheTarget()
        throws Exception {
      Files.writeString(outside.resolve("there.png"), "png");
      Files.createSymbolicLink(root.resolve("there.png"), outside.resolve("there.png"));
      Files.createSymbolicLink(root.resolve("nowhere.png"), outside.resolve("nowhere.png"));
      Files.createSymbolicLink(root.resolve("up"), outside);
      Files.createDirectories(root.resolve("img"));
      Files.writeString(root.resolve("img/real.png"), "png");
      Files.createSymbolicLink(root.resolve("inside.png"), Path.of("img/real.png"));
      write(
          "links.md",
          entry("A, B")
              .replace(
                  "- A summary.",
                  "- [a](there.png) [b](nowhere.png) [c](up/there.png) [d](inside.png)")
              .getBytes(StandardCharsets.UTF_8));

      // The same words whether the target exists or not: a finding is no oracle for outside paths.
      assertThat(of("links.md", check(5)))
          .containsExactly(
              "links.md:11:7 DG206 | there.png points outside the repository through a symbolic"
                  + " link and is not read",
              "links.md:11:22 DG206 | nowhere.png points outside the repository through a"
                  + " symbolic link and is not read",
              "links.md:11:39 DG206 | up/there.png points outside the repository through a"
                  + " symbolic link and is not read");
    }

    @Test
    void resultCacheSymlinkedToAFifoOutsideIsNeverOpened() throws Exception {
      Path fifo = outside.resolve("fifo");
      Assumptions.assumeTrue(
          new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
      Path cache = root.resolve("target/digest-cache");
      Files.createDirectories(cache.getParent());
      Files.createSymbolicLink(cache, fifo);
      RunSettings run = run(List.of());
      RunSettings cached =
          RunSettings.builder(run.root(), run.check(), run.reportOptions())
              .includes(run.includes())
              .excludes(run.excludes())
              .resultCache(cache)
              .reportFolder(run.reportFolder())
              .build();

      // Opening a FIFO waits for a writer: a check that opened it would never end.
      Checked checked =
          assertTimeoutPreemptively(
              Duration.ofSeconds(20), () -> new DigestService(log).check(cached, false));

      assertThat(findings(checked.result())).contains(GOOD_FINDING);
      assertThat(logged)
          .anyMatch(
              l ->
                  l.startsWith("WARN The digest cache " + cache)
                      && l.contains("symbolic link to a path outside the repository"));
      assertThat(Files.isSymbolicLink(cache)).as("the link is left as it is").isTrue();
    }

    @Test
    void fileNameThatIsNotUtf8IsDg000NamingItsBytes() throws Exception {
      Assumptions.assumeTrue(
          new ProcessBuilder("sh", "-c", "printf '## x\\n' > \"$(printf 'bad\\377name.md')\"")
                  .directory(root.toFile())
                  .start()
                  .waitFor()
              == 0);

      write("한국어.md", entry("A, A").getBytes(StandardCharsets.UTF_8));

      List<String> findings = check(5);

      assertThat(findings).contains("한국어.md:9:13 DG110 | repeated author name: A (2x)");
      assertThat(findings)
          .filteredOn(f -> f.startsWith("bad"))
          .containsExactly(
              "bad\uFFFDname.md:1:1 DG000 | the file's path is not valid UTF-8 (bad\\xFFname.md,"
                  + " with \\xNN for each byte that is not); it is not read");
    }

    @Test
    void fileNameThatForgesAWorkflowCommandStaysOnOneConsoleLine() throws Exception {
      write(
          "inj\n::warning file=README.md,line=1::FORGED\r.md",
          entry("A, A").getBytes(StandardCharsets.UTF_8));
      List<String> messages = new ArrayList<>();
      PluginLog console = PluginLog.console((level, message) -> messages.add(message));

      Checked checked = new DigestService(console).check(run(List.of("console")), false);
      ConsoleReport.print(checked.result(), checked.triage(), false, console);

      assertThat(messages)
          .contains(
              "inj\\n::warning file=README.md,line=1::FORGED\\r.md:9:13: error DG110"
                  + " duplicate-author: repeated author name: A (2x)")
          .noneMatch(m -> m.contains("\n") || m.contains("\r"))
          .noneMatch(m -> m.strip().startsWith("::"));
    }

    @Test
    void reportPathThatIsASymlinkIsReplacedAndItsTargetLeftAlone() throws Exception {
      Path victim = Files.writeString(outside.resolve("victim.txt"), "keep me\n");
      Path folder = root.resolve("target/digest-reports");
      Files.createDirectories(folder);
      Files.createSymbolicLink(folder.resolve("digest.json"), victim);

      publishEverything(run(List.of("console", "json")), false);

      assertThat(victim).hasContent("keep me");
      assertThat(folder.resolve("digest.json")).isRegularFile().content().contains(GOOD);
      assertThat(Files.isSymbolicLink(folder.resolve("digest.json"))).isFalse();
    }

    private RunSettings run(List<String> formats) {
      List<String> all = new ArrayList<>(ReportService.FORMATS);
      all.remove("github");
      return OfflineCheck.run(root, formats.isEmpty() ? all : formats);
    }

    private List<String> findingsOf(RunSettings run) throws DigestRunException {
      return findings(new DigestService(log).check(run, false).result());
    }

    /** Checks, prints and writes every report of {@code run}; returns the log and the reports. */
    private String publishEverything(RunSettings run, boolean baseline) throws Exception {
      Checked checked = new DigestService(log).check(run, baseline);
      new ReportService(log).publish(checked, run.check().formats(), run.reportFolder(), true);
      StringBuilder all = new StringBuilder(String.join("\n", logged));
      try (Stream<Path> reports = Files.list(run.reportFolder())) {
        for (Path report : reports.filter(Files::isRegularFile).toList()) {
          all.append('\n').append(Files.readString(report));
        }
      }
      return all.toString();
    }
  }

  // ----------------------------------------------------------------------------------------

  private List<String> check(int seconds) throws Exception {
    Map<Path, String> before = hashes();
    CheckResult result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(seconds), () -> OfflineCheck.check(root).result());
    assertThat(hashes()).as("no input file changed").isEqualTo(before);
    return findings(result);
  }

  private static List<String> findings(CheckResult result) {
    return result.findings().stream().map(BadInputCatalogueTest::describe).toList();
  }

  /** The findings of the file at {@code path}, after checking the good digest kept its own. */
  private static List<String> of(String path, List<String> findings) {
    assertThat(findings).as("the good digest is still checked").contains(GOOD_FINDING);
    return findings.stream().filter(f -> f.startsWith(path + ":")).toList();
  }

  private static String describe(Finding f) {
    return f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId() + " | " + f.message();
  }

  private Map<Path, String> hashes() throws Exception {
    Map<Path, String> hashes = new HashMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).filter(Files::isReadable).toList()) {
        hashes.put(
            p,
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
      }
    }
    return hashes;
  }

  private Path write(String path, byte[] bytes) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  private static byte[] concat(byte[] a, String b) {
    return concat(a, b.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** A one-entry digest whose author line is {@code Authors: <authors>} on line 9. */
  private static String entry(String authors) {
    return HEADER + entryBody("2402.00001", authors);
  }

  private static String entryBody(String id, String authors) {
    return "### [Paper "
        + id
        + "](https://arxiv.org/abs/"
        + id
        + ")\n\n![](https://cdn-uploads.huggingface.co/production/uploads/x/"
        + id
        + ".png)\n\nVote: 3\n\nAuthors: "
        + authors
        + "\n\n- A summary.\n\n";
  }
}
