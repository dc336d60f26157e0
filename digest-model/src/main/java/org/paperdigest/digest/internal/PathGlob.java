package org.paperdigest.digest.internal;

import java.util.regex.Pattern;

/**
 * A path pattern as users write one in configuration, matched against a file's path relative to the
 * checked folder, with {@code /} between names: {@code *} and {@code ?} within one name, {@code **}
 * across folders ({@code **}{@code /} also matches no folder at all), {@code {a,b}} for either. A
 * pattern without wildcards names a file, or a folder and everything under it; a trailing {@code /}
 * means everything under the folder.
 */
public final class PathGlob {

  private final String glob;
  private final Pattern pattern;

  private PathGlob(String glob, Pattern pattern) {
    this.glob = glob;
    this.pattern = pattern;
  }

  /**
   * Compiles {@code glob}.
   *
   * @throws IllegalArgumentException when it is empty or its braces do not pair up
   */
  public static PathGlob of(String glob) {
    String g = glob.strip().replace('\\', '/');
    while (g.startsWith("./")) {
      g = g.substring(2);
    }
    if (g.isEmpty()) {
      throw new IllegalArgumentException("empty path pattern");
    }
    if (g.endsWith("/")) {
      g = g + "**";
    }
    boolean wildcards = g.chars().anyMatch(c -> "*?{".indexOf(c) >= 0);
    StringBuilder regex = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
        boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
        boolean slashBefore = i > 0 && g.charAt(i - 1) == '/';
        if (slashAfter && (i == 0 || slashBefore)) {
          regex.append("(?:.*/)?");
          i += 2;
        } else if (slashBefore && i + 2 == g.length()) {
          regex.setLength(regex.length() - 1); // the slash: "a/**" matches "a" too
          regex.append("(?:/.*)?");
          i++;
        } else {
          regex.append(".*");
          i++;
        }
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else if (c == '{') {
        braces++;
        regex.append("(?:");
      } else if (c == '}' && braces > 0) {
        braces--;
        regex.append(')');
      } else if (c == ',' && braces > 0) {
        regex.append('|');
      } else {
        if (c != '/' && !Character.isLetterOrDigit(c)) {
          regex.append('\\'); // a backslash before a character that is not a letter: literal
        }
        regex.append(c);
      }
    }
    if (braces != 0) {
      throw new IllegalArgumentException("path pattern '" + glob + "' has a '{' without its '}'");
    }
    if (!wildcards) {
      regex.append("(?:/.*)?"); // a folder: everything under it
    }
    return new PathGlob(g, Pattern.compile(regex.toString()));
  }

  /** Whether {@code path} (relative, {@code /} between names) matches. */
  public boolean matches(String path) {
    return pattern.matcher(path).matches();
  }

  /** The pattern as given, normalised. */
  @Override
  public String toString() {
    return glob;
  }
}
