package org.paperdigest.digest.internal.rules;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperdigest.digest.internal.AsciiChars;
import org.paperdigest.digest.internal.UrlText;
import org.paperdigest.digest.internal.parse.LostParentheses;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.Link;
import org.paperdigest.digest.model.LinkKind;

/**
 * DG201, DG202, DG207 and DG209: the offline checks of every link in a file (DG206: {@link
 * LocalFiles}).
 */
public final class LinkChecks {

  private static final Pattern AUTHORITY =
      Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?)([^:/?#]*)");

  private LinkChecks() {}

  /**
   * DG201, one per link. A bare URL is judged as its author meant it: text GitHub glues to it is
   * DG202's.
   */
  static void malformedUrl(DigestFile file, Consumer<Hit> hits) {
    for (Link link : file.links()) {
      String url = UrlText.intended(link);
      problem(url, link.position().column())
          .ifPresent(why -> hits.accept(new Hit(link.position(), "\"" + url + "\" " + why)));
    }
  }

  /** Why a URL is neither a valid absolute http(s) URL nor a relative path, if it is not. */
  static Optional<String> problem(String url) {
    return problem(url, 1);
  }

  /**
   * Like {@link #problem(String)}; a character at fault is named with its column, the URL being
   * written from 1-based {@code column} of its line.
   */
  static Optional<String> problem(String url, int column) {
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
    String parsed = absolute ? asciiHost(url) : url;
    try {
      URI uri = new URI(parsed);
      if (absolute && (uri.getHost() == null || uri.getHost().isEmpty())) {
        return Optional.of("has no valid host");
      }
      return Optional.empty();
    } catch (URISyntaxException e) {
      // The index is into what was parsed; past a host written in punycode, shift it back.
      int index = e.getIndex() < 0 ? url.length() : e.getIndex();
      if (parsed.length() != url.length() && index >= hostEnd(parsed)) {
        index = Math.max(0, index - (parsed.length() - url.length()));
      }
      return Optional.of(
          "is not a valid "
              + (absolute ? "URL" : "relative path")
              + ": "
              + lowerFirst(e.getReason())
              + at(url, Math.min(index, url.length()), column));
    }
  }

  /** The character at {@code index} of {@code url} and its column, or the end of the URL. */
  private static String at(String url, int index, int column) {
    if (index >= url.length()) {
      return " at the end of the URL (column " + (column + url.length()) + ")";
    }
    int cp = url.codePointAt(index);
    String name = Character.getName(cp);
    String code = String.format(Locale.ROOT, "U+%04X%s", cp, name == null ? "" : " " + name);
    boolean visible = !Character.isISOControl(cp) && !Character.isSpaceChar(cp);
    return ": "
        + (visible ? "'" + Character.toString(cp) + "' (" + code + ")" : code)
        + " at column "
        + (column + index);
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static int hostEnd(String url) {
    Matcher m = AUTHORITY.matcher(url);
    return m.find() ? m.end(2) : 0;
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

  /**
   * DG202, one per bare URL that GitHub links together with the text after it, at the first
   * character linked beyond the URL its author meant.
   */
  static void urlGluedToText(DigestFile file, Consumer<Hit> hits) {
    for (Link link : file.links()) {
      if (link.kind() != LinkKind.BARE_URL || UrlText.gluePoint(link.url()) < 0) {
        continue; // a [text]URL is DG209's: its fix makes it a link that nothing is glued to
      }
      String intended = UrlText.intended(link);
      hits.accept(
          new Hit(
              link.position().plusColumns(intended.length()),
              "bare URL "
                  + intended
                  + " runs into \""
                  + link.url().substring(intended.length())
                  + "\" with no space, so GitHub links "
                  + link.url()
                  + "; write <"
                  + intended
                  + ">",
              "bare URL "
                  + intended
                  + " glued to \""
                  + link.url().substring(intended.length())
                  + "\""));
    }
  }

  /** DG209, one per {@code [text]URL}, at its opening bracket. */
  static void linkMissingParentheses(DigestFile file, Consumer<Hit> hits) {
    for (LostParentheses lost : LostParentheses.of(file)) {
      String link = "[" + lost.text() + "](" + UrlText.intended(lost.url()) + ")";
      hits.accept(
          new Hit(
              lost.position(),
              "["
                  + lost.text()
                  + "] is followed directly by "
                  + UrlText.intended(lost.url())
                  + ": the link lost its parentheses, so GitHub shows the brackets and a bare URL;"
                  + " write "
                  + link,
              "link " + link + " without parentheses"));
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
