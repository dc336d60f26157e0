package org.paperdigest.digest.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benches' corpus: digests shaped like the seeds, one per day from 2015-01-01, each a header
 * and 12 to 24 entries drawn from the seeds' 35, with fresh arXiv ids, votes, and author lists
 * drawn from the seeds' names, and the defects real digests hold at rates like theirs: repeated and
 * near-duplicate authors, truncated and empty author items, votes out of order or missing, missing
 * media, summaries or title links, papers featured again on a later day, insecure, malformed and
 * glued URLs (after a path, the host, a bracket or a quote), control and invisible characters,
 * model tokens read as HTML in summaries, avatars and videos as images. Some defects come a week at
 * a time, as a bot's bug does: author lines written as code literals, video links without their
 * parentheses. A fourth of the entries keep their seed's author line, with its real repeats.
 * Deterministic: the same count gives the same bytes, and a larger corpus starts with the files of
 * a smaller one.
 *
 * <p>A folder is written only if it is empty or holds a corpus this generator wrote (its {@value
 * #STAMP} file); one from an older version of the generator is replaced.
 */
final class BenchCorpus {

  /** Names the generator's version; change it whenever the output changes. */
  static final String VERSION = "varied-4";

  static final String STAMP = ".bench-corpus";

  private static final String[] SEEDS = {"01/02.md", "01/08.md", "01/17.md", "03/01.md"};
  private static final Pattern ARXIV_ID = Pattern.compile("(?<=arxiv\\.org/abs/)\\d{4}\\.\\d{5}");
  private static final Pattern AUTHORS = Pattern.compile("(?m)^Authors: (.*)$");
  private static final Pattern VOTES = Pattern.compile("(?m)^Vote: .*$");
  private static final Pattern MEDIA =
      Pattern.compile("(?m)^(?:!\\[|<div><video|\\[Watch).*\\n\\n");
  private static final Pattern SUMMARY = Pattern.compile("(?m)^- ");
  private static final Pattern TITLE = Pattern.compile("^### \\[(.*)]\\((https://[^)]*)\\)");
  private static final Pattern IMAGE = Pattern.compile("(?m)^!\\[]\\([^)]*\\)");
  private static final Pattern WATCH_VIDEO = Pattern.compile("(?m)^\\[Watch Video]\\(([^)]*)\\)");

  private final List<String> entries = new ArrayList<>();
  private final List<String> names;

  private BenchCorpus(List<String> seeds) {
    Set<String> pool = new LinkedHashSet<>();
    for (String seed : seeds) {
      String[] parts = seed.split("(?m)^(?=### )");
      for (int i = 1; i < parts.length; i++) {
        entries.add(parts[i].strip() + "\n");
        Matcher authors = AUTHORS.matcher(parts[i]);
        if (authors.find()) {
          for (String name : authors.group(1).split(",")) {
            if (!name.isBlank() && !name.strip().equals("+")) {
              pool.add(name.strip());
            }
          }
        }
      }
    }
    names = List.copyOf(pool);
  }

  /** The generator over the four seeds the tests hold. */
  static BenchCorpus fromSeeds() throws IOException {
    List<String> seeds = new ArrayList<>();
    for (String seed : SEEDS) {
      try (InputStream in =
          BenchCorpus.class.getResourceAsStream("/golden/seeds/paper_logs/2024/" + seed)) {
        seeds.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return new BenchCorpus(seeds);
  }

  /**
   * Writes {@code count} digests under {@code folder}/paper_logs unless this version wrote them
   * already; returns their bytes.
   */
  long writeTo(Path folder, int count) throws IOException {
    Path stamp = folder.resolve(STAMP);
    Path logs = folder.resolve("paper_logs");
    String wanted = VERSION + " " + count + "\n";
    if (Files.exists(stamp) && Files.readString(stamp).equals(wanted)) {
      return size(logs);
    }
    if (Files.exists(logs)) {
      if (!Files.exists(stamp)) {
        throw new IOException(
            folder + " holds paper_logs that this generator did not write; choose another folder");
      }
      deleteTree(logs);
    }
    Files.deleteIfExists(stamp);
    Generation generation = new Generation();
    for (int day = 0; day < count; day++) {
      LocalDate date = LocalDate.of(2015, 1, 1).plusDays(day);
      Path file =
          logs.resolve(
              String.format(
                  Locale.ROOT,
                  "%d/%02d/%02d.md",
                  date.getYear(),
                  date.getMonthValue(),
                  date.getDayOfMonth()));
      Files.createDirectories(file.getParent());
      Files.writeString(file, generation.digest(date), StandardCharsets.UTF_8);
    }
    Files.writeString(stamp, wanted);
    return size(logs);
  }

  /** One pass over the days: the random source and the papers featured so far. */
  private final class Generation {

    private final Random random = new Random(20240101L);
    private final List<String> featured = new ArrayList<>();
    private int papers;
    private int codeLiteralDays;
    private int lostParenthesesDays;

    String digest(LocalDate date) {
      codeLiteralDays = codeLiteralDays > 0 ? codeLiteralDays - 1 : chance(1 / 120.0) ? 7 : 0;
      lostParenthesesDays =
          lostParenthesesDays > 0 ? lostParenthesesDays - 1 : chance(1 / 150.0) ? 7 : 0;
      StringBuilder out = new StringBuilder("## Daily Papers (").append(date).append(")\n\n");
      int count = 12 + random.nextInt(13);
      int votes = 20 + random.nextInt(150);
      for (int i = 0; i < count; i++) {
        out.append(entry(entries.get(random.nextInt(entries.size())), votes)).append('\n');
        votes =
            chance(0.08) ? votes + 1 + random.nextInt(20) : votes - random.nextInt(votes / 4 + 1);
      }
      return out.toString();
    }

    private String entry(String seed, int votes) {
      String text = freshIds(seed);
      if (!chance(0.25)) {
        text = AUTHORS.matcher(text).replaceFirst(Matcher.quoteReplacement(authorLine()));
      }
      if (codeLiteralDays > 0) {
        text = codeLiteral(text);
      }
      text = VOTES.matcher(text).replaceFirst(Matcher.quoteReplacement(voteLine(votes)));
      if (chance(0.015)) {
        text = MEDIA.matcher(text).replaceFirst("");
      } else if (chance(0.02)) {
        text = IMAGE.matcher(text).replaceFirst(Matcher.quoteReplacement(avatar()));
      } else if (chance(0.004)) {
        text =
            IMAGE
                .matcher(text)
                .replaceFirst(
                    "![](https://cdn-uploads.huggingface.co/production/uploads/bench/clip.qt)");
      }
      if (lostParenthesesDays > 0) {
        text = WATCH_VIDEO.matcher(text).replaceFirst("[Watch Video]$1");
      }
      if (chance(0.03)) {
        text = withModelTokens(text);
      }
      if (chance(0.004)) {
        int summary = firstBullet(text);
        text = summary < 0 ? text : text.substring(0, summary);
      }
      if (chance(0.004)) {
        text = TITLE.matcher(text).replaceFirst("### $1");
      } else if (chance(0.004)) {
        text = text.replaceFirst("https://arxiv\\.org/abs/", "http://arxiv.org/abs/");
      }
      return bulletDefect(text);
    }

    /** Each seed id becomes a new paper, or now and then one featured on an earlier day. */
    private String freshIds(String seed) {
      Map<String, String> ids = new HashMap<>();
      Matcher matcher = ARXIV_ID.matcher(seed);
      StringBuilder out = new StringBuilder();
      while (matcher.find()) {
        String id =
            ids.computeIfAbsent(
                matcher.group(),
                old -> {
                  if (!featured.isEmpty() && chance(0.01)) {
                    return featured.get(random.nextInt(featured.size()));
                  }
                  papers++;
                  String fresh =
                      String.format(
                          Locale.ROOT,
                          "%02d%02d.%05d",
                          15 + papers / 1_200_000 % 10,
                          1 + papers / 99_999 % 12,
                          papers % 99_999 + 1);
                  featured.add(fresh);
                  return fresh;
                });
        matcher.appendReplacement(out, id);
      }
      return matcher.appendTail(out).toString();
    }

    private String authorLine() {
      // Distinct names, so that repeats come only from the rates below.
      List<String> pool = new ArrayList<>(names);
      int count = 1 + random.nextInt(random.nextInt(4) == 0 ? 40 : 12);
      for (int i = 0; i < count; i++) {
        Collections.swap(pool, i, i + random.nextInt(pool.size() - i));
      }
      List<String> list = new ArrayList<>(pool.subList(0, count));
      if (chance(0.12)) {
        list.add(random.nextInt(list.size() + 1), list.get(random.nextInt(list.size())));
      }
      if (chance(0.04)) {
        list.add(variant(list.get(random.nextInt(list.size()))));
      }
      if (list.size() > 3 && chance(0.1)) {
        list.add(list.size() - 1 - random.nextInt(3), "+");
      }
      String line = "Authors: " + String.join(", ", list);
      return chance(0.03) ? line + ", " : line;
    }

    /** The author line as a bot's code printed the list: {@code ['A', 'B', 'and C']}. */
    private String codeLiteral(String text) {
      Matcher authors = AUTHORS.matcher(text);
      if (!authors.find()) {
        return text;
      }
      List<String> quoted = new ArrayList<>();
      String[] items = authors.group(1).split(", ");
      for (int i = 0; i < items.length; i++) {
        String name = i == items.length - 1 && items.length > 1 ? "and " + items[i] : items[i];
        quoted.add("'" + name.replace("'", "\\'") + "'");
      }
      String line = "Authors: [" + String.join(", ", quoted) + "]";
      return text.substring(0, authors.start()) + line + text.substring(authors.end());
    }

    /** A user's avatar where the paper's thumbnail belongs, relative or on the avatar CDN. */
    private String avatar() {
      return random.nextBoolean()
          ? String.format(Locale.ROOT, "![](/avatars/%032x.svg)", random.nextLong())
          : "![](https://cdn-avatars.huggingface.co/v1/production/uploads/bench/avatar"
              + papers
              + ".jpeg)";
    }

    /** A summary item that quotes a language model's tokens as plain text. */
    private String withModelTokens(String text) {
      int at = firstBullet(text);
      if (at < 0) {
        return text;
      }
      int end = text.indexOf('\n', at);
      String tokens =
          switch (random.nextInt(4)) {
            case 0 -> " 모델은 <think>...</think> 안에서 추론한 뒤 답합니다.";
            case 1 -> " 생성은 <EOS>에서 멈추고, 토크나이저의 </s>가 끝을 표시합니다.";
            case 2 -> " 검색이 필요하면 <search> 토큰을 냅니다.";
            default -> " 답은 <answer> 태그 안에 씁니다.";
          };
      return text.substring(0, end) + tokens + text.substring(end);
    }

    /**
     * The same name as it might be mistyped: without its diacritics or its hyphen, or in other
     * case.
     */
    private String variant(String name) {
      String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
      if (!plain.equals(name)) {
        return plain;
      }
      if (name.contains("-")) {
        return name.replace("-", "");
      }
      return random.nextBoolean() ? name.toUpperCase(Locale.ROOT) : name.replace(".", "");
    }

    private String voteLine(int votes) {
      if (chance(0.01)) {
        return "Vote: -";
      }
      return chance(0.003) ? "Vote: many" : "Vote: " + votes;
    }

    /** Now and then one summary item gets a link of the kinds real summaries hold. */
    private String bulletDefect(String text) {
      int at = firstBullet(text);
      if (at < 0 || !chance(0.05)) {
        return text;
      }
      int end = text.indexOf('\n', at);
      String addition =
          switch (random.nextInt(10)) {
            case 0 -> " 코드는 https://github.com/bench/code" + papers + "에서 공개됩니다.";
            case 1 -> " 자세한 내용은 [프로젝트 페이지](http://bench.example.org/p" + papers + ")를 참고하세요.";
            case 2 -> " [데모](https://bench.example.org:port/demo)도 있습니다.";
            case 3 -> " 모델 가중치\u0007는 공개 예정입니다.";
            case 4 -> " 프로젝트는 https://bench" + papers + ".github.io에서 볼 수 있습니다.";
            case 5 -> " 프로젝트 페이지(https://bench.example.org/p" + papers + ")에서 데모를 제공합니다.";
            case 6 -> " 링크 'https://bench.example.org/a" + papers + "'에서 확인하세요.";
            case 7 -> " 데모는 https://bench.example.org/demo" + papers + "/에서 볼 수 있습니다.";
            case 8 -> " 행렬 곱 A\u2062B는 MathML에서 붙여 넣었습니다.";
            default -> " 데이터셋: https://huggingface.co/datasets/bench/d" + papers + " (공개)";
          };
      return text.substring(0, end) + addition + text.substring(end);
    }

    private int firstBullet(String text) {
      Matcher bullet = SUMMARY.matcher(text);
      return bullet.find() ? bullet.start() : -1;
    }

    private boolean chance(double p) {
      return random.nextDouble() < p;
    }
  }

  private static long size(Path logs) throws IOException {
    try (Stream<Path> walk = Files.walk(logs)) {
      long total = 0;
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        total += Files.size(p);
      }
      return total;
    }
  }

  private static void deleteTree(Path root) throws IOException {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root)) {
      paths = new ArrayList<>(walk.toList());
    }
    Collections.reverse(paths);
    for (Path p : paths) {
      Files.delete(p);
    }
  }
}
