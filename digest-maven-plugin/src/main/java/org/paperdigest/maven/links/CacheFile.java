package org.paperdigest.maven.links;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.paperdigest.digest.internal.RepositoryBoundary;
import org.paperdigest.maven.links.settings.LinkSettings;
import org.paperdigest.maven.output.KeptFiles;
import org.paperdigest.maven.output.PluginLog;

/**
 * The link cache's file: read when a check starts and written when it ends; neither when it is a
 * link out of the repository (said once, when the file is chosen), and a write that fails is a
 * warning, never the run's end.
 */
final class CacheFile {

  private final Optional<Path> file;
  private final LinkSettings settings;
  private final PluginLog log;

  private CacheFile(Optional<Path> file, LinkSettings settings, PluginLog log) {
    this.file = file;
    this.settings = settings;
    this.log = log;
  }

  /** The cache file {@code settings} names, if {@code repository} may keep it. */
  static CacheFile of(LinkSettings settings, RepositoryBoundary repository, PluginLog log) {
    Optional<Path> file = settings.cacheFile();
    Optional<String> refused = file.flatMap(f -> KeptFiles.refused(repository, f));
    if (refused.isPresent()) {
      log.warn(
          "Ignoring the link cache "
              + file.get()
              + ": "
              + refused.get()
              + ", and is neither read nor written");
      file = Optional.empty();
    }
    return new CacheFile(file, settings, log);
  }

  /** The cache as the file holds it; empty without a file. */
  LinkCache load() {
    return file.map(
            f -> LinkCache.load(f, settings.cacheMaxAge(), settings.paperCacheMaxAge(), log::warn))
        .orElseGet(() -> LinkCache.empty(settings.cacheMaxAge(), settings.paperCacheMaxAge()));
  }

  /** Writes {@code cache} to the file, if there is one. */
  void save(LinkCache cache) {
    if (file.isEmpty()) {
      return;
    }
    try {
      cache.save(file.get());
    } catch (IOException e) {
      log.warn("Could not write the link cache " + file.get() + ": " + e.getMessage());
    }
  }
}
