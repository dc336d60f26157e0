package org.paperdigest.digest.internal.rules;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperdigest.digest.internal.AsciiChars;
import org.paperdigest.digest.internal.UrlText;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.Link;
import org.paperdigest.digest.model.LinkKind;

/** DG201, DG202, DG206 and DG207: the offline checks of every link in a file. */
public final class LinkChecks {

  private static final Pattern AUTHORITY =
      Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?)([^:/?#]*)");

  private LinkChecks() {}

  /** DG201, one per link. */
  static void malformedUrl(DigestFile file, Consumer<Hit> hits) {
    for (Link link : file.links()) {
      problem(link.url())
          .ifPresent(why -> hits.accept(new Hit(link.position(), "\"" + link.url() + "\" " + why)));
    }
  }

  /** Why a URL is neither a valid absolute http(s) URL nor a relative path, if it is not. */
  static Optional<String> problem(String url) {
    if (url.isBlank()) {
      return Optional.of("is empty");
    }
    if (url.startsWith("//")) {
      return Optional.of("has no scheme: write https:" + url);
    }
    if (PlainHttpUrl.isPlain(url)) {
      return Optional.empty();
    }
    boolean absolute = hasScheme(url);
    if (absolute) {
      String scheme = url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return Optional.of("uses the scheme " + scheme + ": where http or https is expected");
      }
    }
    try {
      URI uri = new URI(absolute ? asciiHost(url) : url);
      if (absolute && (uri.getHost() == null || uri.getHost().isEmpty())) {
        return Optional.of("has no valid host");
      }
      return Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.of(
          "is not a valid "
              + (absolute ? "URL" : "relative path")
              + ": "
              + e.getReason()
              + " at index "
              + e.getIndex());
    }
  }

  /**
   * Whether the URL starts with a scheme and its colon, as {@code ^[A-Za-z][A-Za-z0-9+.-]*:} finds
   * it (RFC 3986); asked of every link, so read by hand.
   */
  static boolean hasScheme(String url) {
    if (url.isEmpty() || !AsciiChars.isLetter(url.charAt(0))) {
      return false;
    }
    for (int i = 1; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == ':') {
        return true;
      }
      if (!AsciiChars.isLetter(c) && !AsciiChars.isDigit(c) && c != '+' && c != '.' && c != '-') {
        return false;
      }
    }
    return false;
  }

  /** The URL with an internationalised host written in its ASCII (punycode) form. */
  private static String asciiHost(String url) {
    Matcher m = AUTHORITY.matcher(url);
    if (!m.find() || m.group(2).chars().allMatch(c -> c < 0x80)) {
      return url;
    }
    try {
      return m.group(1) + IDN.toASCII(m.group(2), IDN.ALLOW_UNASSIGNED) + url.substring(m.end(2));
    } catch (IllegalArgumentException e) {
      return url; // not a valid host: let URI say why
    }
  }

  /** DG202, one per bare URL, at the first glued letter. */
  static void urlGluedToText(DigestFile file, Consumer<Hit> hits) {
    for (Link link : file.links()) {
      if (link.kind() != LinkKind.BARE_URL) {
        continue;
      }
      int glue = UrlText.gluePoint(link.url());
      if (glue > 0) {
        hits.accept(
            new Hit(
                link.position().plusColumns(glue),
                "bare URL "
                    + link.url().substring(0, glue)
                    + " runs into \""
                    + link.url().substring(glue)
                    + "\" with no space; an autolinker takes the text into the URL"));
      }
    }
  }

  /**
   * Whether the file links to files in the repository, so that its DG206 findings depend on other
   * files on disk and not only on its own bytes (a result cache must not keep such a file).
   */
  public static boolean refersToLocalFiles(DigestFile file) {
    for (Link link : file.links()) {
      if (localPath(link.url()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The path part of a link that names a file in the repository, if it is one. */
  private static Optional<String> localPath(String url) {
    if (url.isBlank() || url.startsWith("#") || url.startsWith("//")) {
      return Optional.empty();
    }
    if (hasScheme(url) || problem(url).isPresent()) {
      return Optional.empty();
    }
    String path = UrlText.withoutQueryOrFragment(url);
    return path.isEmpty() ? Optional.empty() : Optional.of(path);
  }

  /** DG206, one per relative link whose target is missing or outside the repository. */
  static void missingLocalFile(DigestFile file, Consumer<Hit> hits) {
    Optional<Path> root = file.source().repositoryRoot();
    Optional<Path> self = file.source().file();
    if (root.isEmpty() || self.isEmpty()) {
      return;
    }
    for (Link link : file.links()) {
      String url = link.url();
      Optional<String> local = localPath(url);
      if (local.isEmpty()) {
        continue;
      }
      String path = local.get();
      Path target;
      try {
        String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path base = decoded.startsWith("/") ? root.get() : self.get().getParent();
        target = base.resolve(decoded.startsWith("/") ? decoded.substring(1) : decoded).normalize();
      } catch (IllegalArgumentException e) { // also InvalidPathException
        hits.accept(new Hit(link.position(), url + " is not a usable file path"));
        continue;
      }
      if (!target.startsWith(root.get())) {
        hits.accept(
            new Hit(link.position(), url + " points outside the repository and is not read"));
      } else if (!Files.exists(target)) {
        hits.accept(
            new Hit(
                link.position(),
                url
                    + " does not exist ("
                    + root.get().relativize(target).toString().replace('\\', '/')
                    + ")"));
      }
    }
  }

  /** DG207, one per http:// link. */
  static void insecureLink(DigestFile file, Consumer<Hit> hits) {
    for (Link link : file.links()) {
      if (link.url().regionMatches(true, 0, "http://", 0, 7)) {
        hits.accept(new Hit(link.position(), link.url() + " uses http://; use https://"));
      }
    }
  }
}
