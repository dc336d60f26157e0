package org.paperdigest.maven.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.Link;

/** One link as written in one file. */
public record LinkOccurrence(String path, Link link) {

  public LinkOccurrence {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(link, "link");
  }

  /** Every link of a parsed file, in file order. */
  public static List<LinkOccurrence> of(DigestFile file) {
    List<LinkOccurrence> links = new ArrayList<>(file.links().size());
    for (Link link : file.links()) {
      links.add(new LinkOccurrence(file.path(), link));
    }
    return links;
  }
}
