package org.paperdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdigest.digest.internal.cache.FileStamp;

/**
 * An unchanged re-run takes every file from the cache and still gives exactly the findings of a run
 * without one, cross-file DG113 and suppression comments included; a changed file is checked again,
 * even when its size and modification time are put back; a file is known unchanged without being
 * read only by a stamp taken once it had settled; a cache of another configuration or a damaged one
 * is ignored.
 */
class ResultCacheTest {

  private static final String KEY = "1.0\n" + ValidationConfig.defaults().cacheKey();

  @TempDir Path root;
  @TempDir Path state;
  private final List<String> warnings = new ArrayList<>();

  @BeforeEach
  void corpus() throws Exception {
    for (String kase : List.of("seeds", "dg113-duplicate-paper", "dg007-unused-suppression")) {
      Path from = GoldenFileTest.goldenRoot().resolve(kase);
      try (Stream<Path> walk = Files.walk(from)) {
        for (Path f : walk.filter(p -> p.toString().endsWith(".md")).toList()) {
          Path to = root.resolve(kase).resolve(from.relativize(f).toString());
          Files.createDirectories(to.getParent());
          Files.copy(f, to);
        }
      }
    }
  }

  @Test
  void unchangedRerunTakesEveryFileFromTheCacheWithTheSameFindings() throws IOException {
    CheckResult uncached = check(null);
    ResultCache first = cache();
    CheckResult cold = check(first);
    first.save();

    ResultCache second = cache();
    CheckResult warm = check(second);

    assertThat(first.checked()).isEqualTo(files().size());
    assertThat(second.reused()).isEqualTo(files().size());
    assertThat(second.checked()).isZero();
    assertThat(cold.findings()).isEqualTo(uncached.findings());
    assertThat(warm.findings()).isEqualTo(uncached.findings());
    assertThat(warm.findings()).extracting(Finding::ruleId).contains("DG113", "DG007", "DG110");
    assertThat(warm.entriesChecked()).isEqualTo(uncached.entriesChecked());
    assertThat(warm.suppressedCount()).isEqualTo(uncached.suppressedCount());
    assertThat(warnings).isEmpty();
  }

  @Test
  void fingerprintsOfEachFilesFindingsAreKeptSoARerunNeedNotDigestThemAgain() throws IOException {
    ResultCache first = cache();
    CheckResult cold = check(first);
    first.save();
    String kept = new String(Files.readAllBytes(file()), StandardCharsets.UTF_8);

    CheckResult warm = check(cache());

    assertThat(cold.findings())
        .filteredOn(f -> !f.ruleId().equals("DG113") && !f.ruleId().equals("DG007"))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(kept).contains(f.fingerprint()));
    assertThat(warm.findings())
        .allSatisfy(f -> assertThat(warm.fingerprint(f)).isEqualTo(f.fingerprint()));
    assertThat(cold.findings())
        .allSatisfy(f -> assertThat(cold.fingerprint(f)).isEqualTo(f.fingerprint()));
  }

  @Test
  void findingLongerThanTheReadBufferComesBackWhole() throws IOException {
    String name = "A" + "b".repeat(70_000);
    oneEntry("long", "https://cdn-uploads.huggingface.co/2401.00001.png", name + ", " + name);
    ResultCache first = cache();
    check(first);
    first.save();

    ResultCache second = cache();
    CheckResult warm = check(second);

    assertThat(second.checked()).isZero();
    assertThat(warm.findings()).isEqualTo(check(null).findings());
    assertThat(warm.findings()).anyMatch(f -> f.message().contains(name + " (2x)"));
  }

  @Test
  void changedFileIsCheckedAgain() throws IOException {
    ResultCache first = cache();
    check(first);
    first.save();
    Path changed = root.resolve("seeds/paper_logs/2024/01/02.md");
    Files.writeString(
        changed,
        Files.readString(changed).replace("Liang Wang, Liang Wang", "Liang Wang"),
        StandardCharsets.UTF_8);

    ResultCache second = cache();
    CheckResult warm = check(second);

    assertThat(second.checked()).isEqualTo(1);
    assertThat(warm.findings()).isEqualTo(check(null).findings());
    assertThat(warm.findings()).noneMatch(f -> f.message().contains("Liang Wang"));
  }

  @Test
  void settledUnchangedFilesAreKnownByTheirStampsWithoutBeingRead() throws IOException {
    assumeTrue(FileStamp.SUPPORTED, "file stamps need the unix attribute view");
    ResultCache first = cache(Duration.ZERO);
    check(first);
    first.save();

    ResultCache second = cache(Duration.ZERO);
    CheckResult warm = check(second);

    assertThat(second.unread()).isEqualTo(files().size());
    assertThat(second.reused()).isEqualTo(files().size());
    assertThat(warm.findings()).isEqualTo(check(null).findings());
  }

  @Test
  void fileRewrittenWithItsOldSizeAndModificationTimeIsReadAgain() throws IOException {
    assumeTrue(FileStamp.SUPPORTED, "file stamps need the unix attribute view");
    ResultCache first = cache(Duration.ZERO);
    check(first);
    first.save();
    Path changed = root.resolve("seeds/paper_logs/2024/01/02.md");
    FileTime modified = Files.getLastModifiedTime(changed);
    String before = Files.readString(changed);
    String after = before.replace("Liang Wang, Liang Wang", "Liang Wang, Liang Wanh");
    Files.writeString(changed, after, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(changed, modified);

    ResultCache second = cache(Duration.ZERO);
    CheckResult warm = check(second);

    assertThat(after).isNotEqualTo(before).hasSameSizeAs(before);
    assertThat(second.checked()).isEqualTo(1);
    assertThat(second.unread()).isEqualTo(files().size() - 1);
    assertThat(warm.findings()).isEqualTo(check(null).findings());
    assertThat(warm.findings()).noneMatch(f -> f.message().contains("Liang Wang (2x)"));
  }

  @Test
  void stampTakenSoonAfterAWriteIsNotTrustedButATimelyOneIsKeptForTheNextRun() throws IOException {
    assumeTrue(FileStamp.SUPPORTED, "file stamps need the unix attribute view");
    ResultCache first = cache(Duration.ofHours(1));
    check(first);
    first.save();

    ResultCache second = cache(Duration.ofHours(1));
    check(second);
    second.save();
    ResultCache third = cache(Duration.ZERO);
    check(third);
    third.save();
    ResultCache fourth = cache(Duration.ZERO);
    check(fourth);

    assertThat(second.unread()).isZero();
    assertThat(second.reused()).isEqualTo(files().size());
    assertThat(third.unread()).isZero();
    assertThat(third.reused()).isEqualTo(files().size());
    assertThat(fourth.unread()).isEqualTo(files().size());
  }

  @Test
  void fileLinkingToRepositoryFilesIsCheckedAgainOnlyWhenOneOfThemComesOrGoes() throws IOException {
    Path digest = oneEntry("local", "../../../images/2401.00001.png", "Ann, Bob");
    ResultCache first = cache();
    CheckResult before = check(first);
    first.save();
    ResultCache unchanged = cache();
    CheckResult again = check(unchanged);
    unchanged.save();
    Path image = root.resolve("local/images/2401.00001.png");
    Files.createDirectories(image.getParent());
    Files.write(image, new byte[] {1});

    ResultCache second = cache();
    CheckResult after = check(second);
    second.save();
    List<Finding> withImage = check(null).findings();
    Files.delete(image);
    ResultCache third = cache();
    CheckResult gone = check(third);

    assertThat(before.findings()).anyMatch(f -> f.ruleId().equals("DG206"));
    assertThat(unchanged.checked()).as("nothing came or went").isZero();
    assertThat(again.findings()).isEqualTo(before.findings());
    assertThat(after.findings()).noneMatch(f -> f.ruleId().equals("DG206"));
    assertThat(second.checked()).isEqualTo(1);
    assertThat(after.findings()).isEqualTo(withImage);
    assertThat(third.checked()).isEqualTo(1);
    assertThat(gone.findings()).isEqualTo(before.findings());
  }

  @Test
  void cacheOfAnotherConfigurationIsNotUsed() throws IOException {
    ResultCache first = cache();
    check(first);
    first.save();

    ResultCache other = ResultCache.load(file(), "2.0\n" + KEY, warnings::add);
    check(other);

    assertThat(other.reused()).isZero();
    assertThat(warnings).isEmpty();
  }

  @Test
  void cacheInTheFormatOfAnotherPluginVersionIsRebuiltWithoutAWarning() throws IOException {
    Files.createDirectories(file().getParent());
    Files.write(file(), "DGC1 and more".getBytes(StandardCharsets.US_ASCII));

    ResultCache old = cache();
    check(old);
    old.save();
    ResultCache next = cache();
    check(next);

    assertThat(old.reused()).isZero();
    assertThat(next.reused()).isEqualTo(files().size());
    assertThat(warnings).isEmpty();
  }

  @Test
  void damagedOrForeignCacheIsIgnoredWithAWarning() throws IOException {
    ResultCache first = cache();
    check(first);
    first.save();
    byte[] bytes = Files.readAllBytes(file());
    Files.write(file(), java.util.Arrays.copyOf(bytes, bytes.length / 2));

    ResultCache truncated = cache();
    CheckResult result = check(truncated);
    Files.writeString(file(), "{\"not\": \"a cache\"}");
    ResultCache foreign = cache();

    assertThat(truncated.reused()).isZero();
    assertThat(result.findings()).isEqualTo(check(null).findings());
    assertThat(warnings)
        .hasSize(2)
        .satisfiesExactly(
            w -> assertThat(w).contains("is damaged").contains(file().toString()),
            w -> assertThat(w).contains("is not a digest cache"));
    assertThat(foreign.reused()).isZero();
  }

  private ResultCache cache() {
    return ResultCache.load(file(), KEY, warnings::add);
  }

  private ResultCache cache(Duration settle) {
    return ResultCache.load(file(), KEY, warnings::add, settle);
  }

  private Path file() {
    return state.resolve("digest-cache");
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }

  private CheckResult check(ResultCache cache) throws IOException {
    try (DigestChecker checker = DigestChecker.create(ValidationConfig.defaults(), 2)) {
      return checker.check(root, files(), CheckOptions.builder().cache(cache).build());
    }
  }

  /** {@code folder/paper_logs/2024/01/05.md}, one entry with this image and author line. */
  private Path oneEntry(String folder, String image, String authors) throws IOException {
    Path digest = root.resolve(folder + "/paper_logs/2024/01/05.md");
    Files.createDirectories(digest.getParent());
    Files.writeString(
        digest,
        "## Daily Papers (2024-01-05)\n\n### [A paper](https://arxiv.org/abs/2401.00001)\n\n"
            + "![]("
            + image
            + ")\n\nVote: 3\n\nAuthors: "
            + authors
            + "\n\n- A summary.\n");
    return digest;
  }
}
