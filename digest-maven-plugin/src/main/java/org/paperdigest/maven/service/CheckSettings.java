package org.paperdigest.maven.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.Severity;
import org.paperdigest.digest.ValidationConfig;
import org.paperdigest.maven.links.settings.LinkMode;
import org.paperdigest.maven.links.settings.LinkSettings;

/**
 * What a run checks and how it judges the findings, from any goal's parameters, checked and turned
 * into what the run needs: the rules' settings, the gate ({@code violationSeverity}, {@code
 * maxAllowedViolations}), the report formats and the link settings. Built by name with {@link
 * #builder}; every problem is an {@link IllegalArgumentException} whose message names the
 * parameter.
 */
public record CheckSettings(
    ValidationConfig validation,
    Severity violationSeverity,
    int maxAllowedViolations,
    Set<String> formats,
    LinkSettings links) {

  /**
   * A builder with {@code links}: every rule at its default, no accepted paper URLs beyond arXiv's,
   * errors counted, none tolerated, no report format.
   */
  public static Builder builder(LinkSettings links) {
    return new Builder(links);
  }

  /** Collects the settings by name. */
  public static final class Builder {
    private final LinkSettings links;
    private List<String> rules = List.of();
    private List<String> acceptedPaperUrls = List.of();
    private String violationSeverity = "error";
    private int maxAllowedViolations;
    private List<String> formats = List.of();

    private Builder(LinkSettings links) {
      this.links = links;
    }

    /** Per-rule settings such as {@code DG110=warning}; items may be comma-separated. */
    public Builder rules(List<String> settings) {
      rules = settings;
      return this;
    }

    /** Regular expressions of accepted paper URLs; items may be comma-separated. */
    public Builder acceptedPaperUrls(List<String> patterns) {
      acceptedPaperUrls = patterns;
      return this;
    }

    /** The lowest severity that counts towards failing. */
    public Builder violationSeverity(String severity) {
      violationSeverity = severity;
      return this;
    }

    /** How many counted findings are tolerated. */
    public Builder maxAllowedViolations(int count) {
      maxAllowedViolations = count;
      return this;
    }

    /** The report formats; items may be comma-separated. */
    public Builder formats(List<String> names) {
      formats = names;
      return this;
    }

    /** The settings; throws {@link IllegalArgumentException} naming a parameter it cannot use. */
    public CheckSettings build() {
      ValidationConfig validation = validation();
      Severity threshold = threshold();
      if (maxAllowedViolations < 0) {
        throw new IllegalArgumentException(
            "maxAllowedViolations: must be 0 or more, not " + maxAllowedViolations);
      }
      return new CheckSettings(validation, threshold, maxAllowedViolations, chosenFormats(), links);
    }

    private ValidationConfig validation() {
      ValidationConfig.Builder builder = ValidationConfig.builder();
      if (links.mode() == LinkMode.OFF) {
        for (Rule rule : Rule.values()) {
          if (rule.part() == Rule.Part.LINK) {
            builder.disable(rule);
          }
        }
      }
      for (String setting : splitAll(rules)) {
        try {
          builder.rule(setting);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("rules: " + e.getMessage(), e);
        }
      }
      List<String> urls = splitAll(acceptedPaperUrls);
      if (!urls.isEmpty()) {
        try {
          builder.acceptedPaperUrls(urls);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("acceptedPaperUrls: " + e.getMessage(), e);
        }
      }
      return builder.build();
    }

    private Severity threshold() {
      try {
        return Severity.parse(violationSeverity);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("violationSeverity: " + e.getMessage(), e);
      }
    }

    private Set<String> chosenFormats() {
      Set<String> chosen = new LinkedHashSet<>();
      for (String format : splitAll(formats)) {
        String name = format.toLowerCase(Locale.ROOT);
        if (!ReportService.FORMATS.contains(name)) {
          throw new IllegalArgumentException(
              "formats: unknown report format '"
                  + format
                  + "'; known formats: "
                  + ReportService.FORMATS);
        }
        chosen.add(name);
      }
      return chosen;
    }
  }

  /** Items may come as list elements or comma-separated (from a user property). */
  public static List<String> splitAll(List<String> values) {
    List<String> items = new ArrayList<>();
    if (values == null) {
      return items;
    }
    // Maven splits a -D value at every comma; joined again, the items are split at the commas
    // outside braces, so a path pattern's {2022,2023} or a regular expression's {4,5} stays whole.
    String all = String.join(",", values.stream().filter(v -> v != null).toList());
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= all.length(); i++) {
      char c = i < all.length() ? all.charAt(i) : ',';
      if (c == '{') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      } else if (c == ',' && (depth == 0 || i == all.length())) {
        String item = all.substring(start, i);
        if (!item.isBlank()) {
          items.add(item.strip());
        }
        start = i + 1;
      }
    }
    return items;
  }
}
