package org.paperdigest.maven.service;

import java.util.ArrayList;
import java.util.List;

/**
 * Brace alternatives in file patterns, as {@code rules} takes them: {@code
 * paper_logs/{2023,2024}/**} is {@code paper_logs/2023/**} and {@code paper_logs/2024/**}.
 * Ant-style matching knows no braces, so a pattern is expanded into the patterns it stands for
 * before it is matched.
 */
final class Braces {

  /** More alternatives than this from one pattern is a mistake, not a file set. */
  private static final int MOST = 1024;

  private Braces() {}

  /**
   * Every pattern of {@code patterns} with its braces expanded, in order.
   *
   * @throws IllegalArgumentException naming the pattern whose braces do not match
   */
  static List<String> expandAll(List<String> patterns) {
    List<String> all = new ArrayList<>();
    for (String pattern : patterns) {
      all.addAll(expand(pattern));
    }
    return all;
  }

  /** The patterns {@code pattern} stands for; itself when it has no braces. */
  static List<String> expand(String pattern) {
    int open = pattern.indexOf('{');
    if (open < 0) {
      if (pattern.indexOf('}') >= 0) {
        throw unbalanced(pattern);
      }
      return List.of(pattern);
    }
    int depth = 0;
    int close = -1;
    List<Integer> commas = new ArrayList<>();
    for (int i = open; i < pattern.length() && close < 0; i++) {
      char c = pattern.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        close = i;
      } else if (c == ',' && depth == 1) {
        commas.add(i);
      }
    }
    if (close < 0) {
      throw unbalanced(pattern);
    }
    List<String> expanded = new ArrayList<>();
    int from = open + 1;
    commas.add(close);
    for (int end : commas) {
      String alternative =
          pattern.substring(0, open) + pattern.substring(from, end) + pattern.substring(close + 1);
      expanded.addAll(expand(alternative));
      if (expanded.size() > MOST) {
        throw new IllegalArgumentException(
            "the pattern '" + pattern + "' stands for more than " + MOST + " patterns");
      }
      from = end + 1;
    }
    return expanded;
  }

  private static IllegalArgumentException unbalanced(String pattern) {
    return new IllegalArgumentException(
        "the braces of the pattern '" + pattern + "' do not match: write {a,b} for either");
  }
}
