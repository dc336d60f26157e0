package org.paperdigest.maven.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The plugin's version and project address, read once from a resource the build filters. */
public final class PluginInfo {

  /** The plugin version, such as {@code 0.1.0}; {@code unknown} when the resource is missing. */
  public static final String VERSION;

  /** The project's address (the POM's {@code url}), where its rule pages live. */
  public static final String URL;

  static {
    Properties properties = new Properties();
    try (InputStream in = PluginInfo.class.getResourceAsStream("/digest-plugin.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      properties.clear();
    }
    VERSION = properties.getProperty("version", "unknown");
    URL = properties.getProperty("url", "https://github.com/paperdigest/digest-toolkit");
  }

  private PluginInfo() {}

  /**
   * Where the rule pages of this version are: the project's {@code docs/rules/} at the release's
   * tag, or on {@code main} for a snapshot.
   */
  public static String ruleDocsUrl() {
    String ref =
        VERSION.endsWith("-SNAPSHOT") || VERSION.equals("unknown") ? "main" : "v" + VERSION;
    return URL + "/blob/" + ref + "/docs/rules/";
  }
}
