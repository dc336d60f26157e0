package org.paperdigest.maven.links.settings;

import java.util.Locale;

/** How far links are checked. */
public enum LinkMode {
  /** No link rule runs, not even the offline ones. */
  OFF,
  /** Only what needs no network: DG201, DG202, DG206, DG207. */
  OFFLINE,
  /** The offline rules, and every link requested: DG203, DG204, DG205, DG208, DG116. */
  ONLINE;

  /** Parses {@code off}, {@code offline} or {@code online}, any case. */
  public static LinkMode parse(String text) {
    for (LinkMode mode : values()) {
      if (mode.name().equalsIgnoreCase(text.strip())) {
        return mode;
      }
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a link mode: use off, offline or online");
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
