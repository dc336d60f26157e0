package org.paperdigest.maven.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The mapper of the JSON files that are read or built as trees (the baseline, the link cache, the
 * JSON and GitLab reports): indented, so the files diff well. A class of its own, so that a run
 * that only streams JSON (SARIF) never starts Jackson's data binding, some 300 classes to load.
 */
public final class JsonTrees {

  public static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonTrees() {}
}
