package org.paperdigest.maven;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * digest-model's golden digests (every rule's case, and the four seeds), from its test-jar: as a
 * folder on disk, which a check reads as any repository. In a reactor build the jar's entries are
 * copied once into {@code target/model-golden}; from an IDE they may be a folder already.
 */
public final class ModelGolden {

  private static Path root;

  private ModelGolden() {}

  /** The folder that holds every golden case. */
  public static synchronized Path root() {
    if (root == null) {
      root = locate();
    }
    return root;
  }

  /** The four real digests, as a repository of their own. */
  public static Path seeds() {
    return root().resolve("seeds");
  }

  private static Path locate() {
    URL url = ModelGolden.class.getResource("/golden/seeds/paper_logs/2024/01/02.md");
    if (url == null) {
      throw new IllegalStateException("digest-model's test-jar is not on the test class path");
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("file")) {
        // .../golden/seeds/paper_logs/2024/01/02.md: five folders up is golden itself
        return Path.of(uri).getParent().getParent().getParent().getParent().getParent();
      }
      Path copy = Path.of("target/model-golden").toAbsolutePath();
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        copy(jar.getPath("/golden"), copy);
      }
      return copy;
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot read digest-model's golden digests: " + e, e);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (Path file : files) {
      Path target = to.resolve(from.relativize(file).toString());
      Files.createDirectories(target.getParent());
      Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
