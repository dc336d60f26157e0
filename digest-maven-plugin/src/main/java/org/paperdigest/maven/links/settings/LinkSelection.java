package org.paperdigest.maven.links.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which links are checked online: those matching an include, when any is given, and no exclude.
 * Immutable.
 */
public final class LinkSelection {

  private final List<Pattern> includes;
  private final List<Pattern> excludes;

  LinkSelection(List<String> includes, List<String> excludes) {
    this.includes = patterns("linkIncludes", includes);
    this.excludes = patterns("linkExcludes", excludes);
  }

  public boolean selects(String url) {
    if (!includes.isEmpty() && includes.stream().noneMatch(p -> p.matcher(url).find())) {
      return false;
    }
    return excludes.stream().noneMatch(p -> p.matcher(url).find());
  }

  private static List<Pattern> patterns(String parameter, List<String> regexes) {
    List<Pattern> compiled = new ArrayList<>();
    for (String regex : regexes) {
      try {
        compiled.add(Pattern.compile(regex));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            parameter + ": '" + regex + "' is not a regular expression: " + e.getDescription(), e);
      }
    }
    return List.copyOf(compiled);
  }
}
