package org.paperdigest.digest.gfm;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * GitHub's renderer as a test oracle: Debian's {@code cmark-gfm} (0.29.0.gfm.6, the C library
 * behind GitHub's Markdown) run with its autolink extension. {@code .ci/install-cmark-gfm} installs
 * it; {@code CMARK_GFM} names another binary. Without it the tests that need it are skipped, and
 * under {@code CI=true} they fail.
 */
final class CmarkGfm {

  private static final Pattern ITEM = Pattern.compile("(?s)<li>(.*?)</li>");
  private static final Pattern ANCHOR = Pattern.compile("<a href=\"([^\"]*)\">(.*?)</a>");
  private static final String OMITTED = "<!-- raw HTML omitted -->";

  private final Path binary;

  private CmarkGfm(Path binary) {
    this.binary = binary;
  }

  /** The installed renderer; skips the calling test when there is none, fails it on CI. */
  static CmarkGfm installed() {
    String named = System.getenv("CMARK_GFM");
    Path binary = Path.of(named == null || named.isBlank() ? "/usr/bin/cmark-gfm" : named);
    if (!Files.isExecutable(binary)) {
      String advice =
          binary
              + " is missing: run .ci/install-cmark-gfm (Debian's cmark-gfm package), or name the"
              + " binary in CMARK_GFM";
      if ("true".equals(System.getenv("CI"))) {
        fail(advice);
      }
      Assumptions.abort(advice);
    }
    return new CmarkGfm(binary);
  }

  /** The HTML cmark-gfm makes of {@code markdown}, in its default safe mode. */
  String render(String markdown) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(binary.toString(), "-e", "autolink").redirectErrorStream(true).start();
    // Written on a thread of its own: a large input would otherwise fill both pipes.
    Thread writer =
        new Thread(
            () -> {
              try (var in = process.getOutputStream()) {
                in.write(markdown.getBytes(StandardCharsets.UTF_8));
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    writer.start();
    String html;
    try (InputStream out = process.getInputStream()) {
      html = new String(out.readAllBytes(), StandardCharsets.UTF_8);
    }
    writer.join();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("cmark-gfm failed: " + html);
    }
    return html;
  }

  /** The contents of each {@code <li>} of {@code html}, in order (for lists of one-line items). */
  static List<String> items(String html) {
    List<String> items = new ArrayList<>();
    Matcher m = ITEM.matcher(html);
    while (m.find()) {
      items.add(m.group(1));
    }
    return items;
  }

  /** The text of each link in {@code html}, unescaped. */
  static List<String> linkTexts(String html) {
    List<String> texts = new ArrayList<>();
    Matcher m = ANCHOR.matcher(html);
    while (m.find()) {
      texts.add(unescape(m.group(2)));
    }
    return texts;
  }

  /** How many pieces of raw HTML cmark-gfm left out of {@code html}. */
  static int omittedHtml(String html) {
    int count = 0;
    for (int at = html.indexOf(OMITTED); at >= 0; at = html.indexOf(OMITTED, at + 1)) {
      count++;
    }
    return count;
  }

  /** {@code html} with its links and omitted HTML as plain text: what a reader sees. */
  static String shownText(String html) {
    return unescape(html.replace(OMITTED, "").replaceAll("<[^>]+>", ""));
  }

  static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
  }
}
