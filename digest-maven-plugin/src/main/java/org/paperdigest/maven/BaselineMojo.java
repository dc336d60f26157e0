package org.paperdigest.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.paperdigest.maven.service.CheckSettings;
import org.paperdigest.maven.service.Checked;
import org.paperdigest.maven.service.DigestRunException;
import org.paperdigest.maven.service.DigestService;
import org.paperdigest.maven.service.RunSettings;

/**
 * Records every current finding in a baseline file, so that {@code check} from then on fails only
 * on new ones: how a repository with years of old defects adopts the plugin in one step. Checks
 * with the same parameters as {@code check}, so the findings match; never fails on findings.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = false)
public class BaselineMojo extends LinkCheckingMojo {

  /**
   * How far links are checked: {@code offline} by default, so that adopting asks no server and no
   * passing network failure becomes an accepted finding; {@code online} accepts the online rules'
   * findings too, {@code off} no link rule's.
   */
  @Parameter(property = "digest.links", defaultValue = "offline")
  private String links;

  @Override
  String goal() {
    return "baseline";
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
            .baselineFile(baselineFile(), false)
            .build();
    DigestService service = new DigestService(pluginLog());
    Checked checked = service.check(run, false);
    pluginLog().info(service.writeBaseline(checked, run));
  }
}
