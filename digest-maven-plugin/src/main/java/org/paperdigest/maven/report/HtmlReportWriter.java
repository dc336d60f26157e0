package org.paperdigest.maven.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.paperdigest.maven.output.AtomicFiles;
import org.paperdigest.maven.output.AtomicFiles.Durability;

/**
 * {@code digest.html}: one self-contained page (inline style, SVG and script; nothing fetched) of
 * {@link HtmlReport}. Its Content-Security-Policy allows only the page's own style and script, by
 * hash, so even text that escaped escaping could not run.
 */
public final class HtmlReportWriter implements ReportWriter {

  static final String FILE_NAME = "digest.html";

  @Override
  public String format() {
    return "html";
  }

  @Override
  public Path write(ReportContext context, Path outputDirectory) throws IOException {
    return writePage(context, outputDirectory.resolve(FILE_NAME));
  }

  /** Writes the page to {@code file}; returns it. */
  public static Path writePage(ReportContext context, Path file) throws IOException {
    String head =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            + "style-src '"
            + sha256(HtmlReport.STYLE)
            + "'; script-src '"
            + sha256(HtmlReport.SCRIPT)
            + "'\">\n<title>Digest report</title>\n<style>"
            + HtmlReport.STYLE
            + "</style>\n</head>\n<body>\n";
    String tail = "<script>" + HtmlReport.SCRIPT + "</script>\n</body>\n</html>\n";
    return AtomicFiles.write(
        file,
        stream -> {
          Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
          out.write(head);
          try {
            HtmlReport.body(context, text -> write(out, text));
          } catch (UncheckedIOException e) {
            throw e.getCause();
          }
          out.write(tail);
          out.flush();
        },
        Durability.BUILD_OUTPUT);
  }

  private static void write(Writer out, String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CSP source for an inline element whose text is {@code text}. */
  static String sha256(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
