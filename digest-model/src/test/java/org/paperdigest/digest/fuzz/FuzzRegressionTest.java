package org.paperdigest.digest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every input of {@code src/test/resources/fuzz-regressions/} (its README says how to add one) goes
 * through {@link DigestFuzzTest}'s check: it once failed, and must never again.
 */
class FuzzRegressionTest {

  static List<Path> inputs() throws IOException, URISyntaxException {
    Path folder = Path.of(FuzzRegressionTest.class.getResource("/fuzz-regressions").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> !f.getFileName().toString().equals("README.md")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void inputThatOnceFailedPasses(Path input) throws IOException {
    DigestFuzzTest.check(Files.readAllBytes(input));
  }

  @Test
  void theFolderHoldsCases() throws Exception {
    assertThat(inputs()).isNotEmpty();
  }
}
