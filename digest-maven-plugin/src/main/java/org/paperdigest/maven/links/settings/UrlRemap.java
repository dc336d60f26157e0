package org.paperdigest.maven.links.settings;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Rewrites the URLs it matches before they are requested (mirrors, tests): written as a regular
 * expression, whitespace, and a replacement that may use {@code $1}.
 */
record UrlRemap(Pattern pattern, String replacement) {

  static UrlRemap parse(String text) {
    String[] parts = text.strip().split("\\s+", 2);
    if (parts.length != 2) {
      throw new IllegalArgumentException(
          "'" + text + "' must be a regular expression, a space and a replacement");
    }
    try {
      return new UrlRemap(Pattern.compile(parts[0]), parts[1]);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "'" + parts[0] + "' is not a regular expression: " + e.getDescription(), e);
    }
  }

  /** The rewritten URL, or {@code null} when the pattern does not match. */
  String apply(String url) {
    Matcher m = pattern.matcher(url);
    return m.find() ? m.replaceFirst(replacement) : null;
  }
}
