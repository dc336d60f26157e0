package org.paperdigest.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.paperdigest.maven.service.CheckSettings;
import org.paperdigest.maven.service.DigestRunException;
import org.paperdigest.maven.service.FixService;
import org.paperdigest.maven.service.RunSettings;

/**
 * Fixes in place what needs no judgement: repeated authors (DG110), empty author items (DG109),
 * author lists written as code (DG117), raw HTML in text (DG120), bare URLs glued to their text
 * (DG202) and links that lost their parentheses (DG209); with links online, also author lists that
 * differ from arXiv's record (DG121, DG122). Every other byte stays. Writes are atomic, a second
 * run changes nothing, files with changes not committed are left alone unless allowed, a ratchet
 * fixes only the files changed since its ref, and {@code dryRun} prints a diff instead. Then checks
 * again (links offline) and prints what remains.
 */
@Mojo(name = "fix", threadSafe = true, requiresProject = false)
public class FixMojo extends ArxivMojo {

  /**
   * {@code offline} (the default) fixes what the file alone shows; {@code online} also writes each
   * author list that differs from arXiv's record of the paper (DG121, DG122) as arXiv lists it, and
   * keeps a repeated name arXiv lists as often (DG110).
   */
  @Parameter(property = "digest.links", defaultValue = "offline")
  private String links;

  /**
   * A git ref such as {@code HEAD} or {@code origin/main}: only files added or changed since it
   * (committed, staged, unstaged or untracked) are fixed, as {@code check} checks them.
   */
  @Parameter(property = "digest.ratchetFrom")
  private String ratchetFrom;

  /** Prints a unified diff of what would change, and writes nothing. */
  @Parameter(property = "digest.dryRun", defaultValue = "false")
  private boolean dryRun;

  /**
   * Fixes files that have changes not committed to git too (or that are not in git at all); by
   * default they are left alone so a fix can never mix with, or lose, a user's own edits.
   */
  @Parameter(property = "digest.allowUncommitted", defaultValue = "false")
  private boolean allowUncommitted;

  @Override
  String goal() {
    return "fix";
  }

  @Override
  String links() {
    return links;
  }

  @Override
  void run() throws DigestRunException {
    RunSettings run =
        runSettings(
                CheckSettings.builder(linkSettings()).formats(List.of("console")), null, DEFAULTS)
            .ratchetFrom(ratchetFrom)
            .build();
    new FixService(pluginLog()).fix(run, dryRun, allowUncommitted);
  }
}
