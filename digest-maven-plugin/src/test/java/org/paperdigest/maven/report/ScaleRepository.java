package org.paperdigest.maven.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.paperdigest.digest.CheckResult;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Rule;
import org.paperdigest.maven.OfflineCheck;
import org.paperdigest.maven.service.Checked;

/**
 * A repository generated to see the HTML report at scale, with findings of every rule: copies of
 * digest-model's golden cases (a folder of failing digests per rule that can be checked offline,
 * and the seeds), each copy under a month of its own with arXiv ids of its own, and a digest per
 * copy whose lines are hard to lay out: long Korean text, a line of 5,000 characters, a line of
 * only a URL, emoji, right-to-left text. Findings of the online rules, which need the network, are
 * made directly at the lines they would point at; so is any rule no golden case reaches.
 * Deterministic: the same number of copies gives the same files and findings.
 */
final class ScaleRepository {

  private static final Path GOLDEN = ReportFixtures.SEEDS.getParent();
  private static final Pattern ARXIV_ID = Pattern.compile("\\b(\\d{4})\\.(\\d{4,5})\\b");
  private static final Pattern DATED = Pattern.compile("(\\d{4})/(\\d{2})/(\\d{2})\\.md$");
  private static final String KOREAN =
      "이 논문은 대규모 언어 모델의 추론 능력을 높이는 새로운 학습 방법을 제안하며, 코드는 공개되어 있습니다. ";
  private static final String LATIN =
      "The method scales to inputs of any length without losing accuracy on the benchmarks. ";

  private ScaleRepository() {}

  /** Writes {@code copies} copies into {@code root} and checks them; returns the report's input. */
  static ReportContext check(Path root, int copies) throws IOException {
    List<Path> cases;
    try (Stream<Path> folders = Files.list(GOLDEN)) {
      cases = folders.filter(Files::isDirectory).sorted().toList();
    }
    for (int copy = 0; copy < copies; copy++) {
      LocalDate month = LocalDate.of(2017, 1, 1).plusMonths(copy % 96);
      Path into = root.resolve(String.format("copy-%03d", copy));
      for (int i = 0; i < cases.size(); i++) {
        Path folder = cases.get(i);
        copyCase(folder, into.resolve(folder.getFileName().toString()), month, copy * 100 + i);
      }
      Path stress = into.resolve("stress/paper_logs").resolve(dated(month.withDayOfMonth(15)));
      Files.createDirectories(stress.getParent());
      Files.writeString(stress, stress(month.withDayOfMonth(15), copy), StandardCharsets.UTF_8);
    }
    Checked checked = OfflineCheck.check(root);
    List<Finding> more = new ArrayList<>();
    Set<Rule> found = EnumSet.noneOf(Rule.class);
    checked.result().findings().forEach(f -> found.add(f.rule()));
    for (Path file : checked.files()) {
      more.addAll(
          OnlineFindings.at(root, root.relativize(file).toString().replace('\\', '/'), found));
    }
    List<Finding> all = new ArrayList<>(checked.result().findings());
    all.addAll(more);
    CheckResult result =
        CheckResult.of(all, checked.result().filesChecked(), checked.result().entriesChecked());
    return ReportFixtures.context(checked, result, root);
  }

  private static String dated(LocalDate day) {
    return String.format(
        "%d/%02d/%02d.md", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
  }

  /**
   * Copies a case's files, byte for byte but for its dates and arXiv ids: a dated path moves to
   * {@code month}, a header of that path's date with it, and every arXiv id gets a number of this
   * copy's, so copies do not repeat each other's papers.
   */
  private static void copyCase(Path from, Path to, LocalDate month, int papers) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).filter(p -> !p.endsWith("expected.txt")).toList();
    }
    for (Path file : files) {
      String path = from.relativize(file).toString().replace('\\', '/');
      // ISO-8859-1 keeps every byte as it is, undecodable ones included: ids and dates are ASCII.
      String text = Files.readString(file, StandardCharsets.ISO_8859_1);
      Matcher dated = DATED.matcher(path);
      if (dated.find()) {
        String day = dated.group(3);
        String moved = String.format("%d/%02d/%s", month.getYear(), month.getMonthValue(), day);
        text =
            text.replace(
                "(" + dated.group(1) + "-" + dated.group(2) + "-" + day + ")",
                "(" + moved.replace('/', '-') + ")");
        path = path.substring(0, dated.start()) + moved + ".md";
      }
      text = renumber(text, papers);
      Path target = to.resolve(path);
      Files.createDirectories(target.getParent());
      Files.writeString(target, text, StandardCharsets.ISO_8859_1);
    }
  }

  /**
   * Every arXiv id with a valid month moves to a month and number of {@code papers}'s, the same for
   * the same id, so a case's papers keep their relations (a repeat, a thumbnail of another paper)
   * and no other copy has them; an invalid one stays, as its case needs it.
   */
  private static String renumber(String text, int papers) {
    Matcher m = ARXIV_ID.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int month = Integer.parseInt(m.group(1).substring(2));
      String id = m.group();
      if (month >= 1 && month <= 12) {
        int digits = m.group(2).length();
        int number =
            (Integer.parseInt(m.group(2)) + papers * 7_919) % (digits == 4 ? 10_000 : 100_000);
        int yymm = (10 + papers / 12 % 15) * 100 + papers % 12 + 1;
        id = yymm + "." + String.format("%0" + digits + "d", number);
      }
      m.appendReplacement(out, id);
    }
    return m.appendTail(out).toString();
  }

  /** The digest of lines that are hard to lay out, each with findings on it. */
  private static String stress(LocalDate day, int copy) {
    String id = String.format("%02d%02d.%05d", day.getYear() % 100, day.getMonthValue(), copy);
    return "## Daily Papers ("
        + day
        + ")\n\n### [😀 Emoji 🚀 and a <think> tag in the title](https://arxiv.org/abs/"
        + id
        + ")\n\n![](https://cdn-uploads.huggingface.co/production/uploads/x/"
        + copy
        + ".png)\n\nVote: 7\n\n"
        + "Authors: 김민수, 김민수, أحمد علي, أحمد علي, 🤖 Bot, 🤖 Bot, דוד כהן, דוד כהן\n\n- "
        + KOREAN.repeat(12)
        + "https://github.com/org/repo에서 "
        + KOREAN.repeat(20)
        + "<EOS>\n- "
        + LATIN.repeat(53).substring(0, 4_500)
        + " http://insecure.example.org/path "
        + LATIN.repeat(6).substring(0, 460)
        + " </s>\n- ملخص: يتحدث هذا النص العربي عن <think> النماذج اللغوية، ויסביר כיצד המודל עובד 🙂\n\n"
        + "http://example.org/"
        + "only/a/url/".repeat(24)
        + "\n";
  }
}
