package org.paperdigest.digest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.paperdigest.digest.DecodedText;
import org.paperdigest.digest.DigestParser;
import org.paperdigest.digest.DigestValidator;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.ValidationConfig;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.DigestSource;

/**
 * Parse and validate arbitrary bytes as the checker does: decode (or stop with DG000), parse,
 * validate. Nothing may throw, and every finding must point inside the text. In a normal build this
 * replays the fuzzer's corpus in {@code src/test/resources/.../DigestFuzzTestInputs/} (the four
 * seeds, which it mutates); {@link FuzzRegressionTest} replays the inputs that once failed. {@code
 * JAZZER_FUZZ=1} fuzzes (docs/development.md has the command).
 */
class DigestFuzzTest {

  private static final DigestParser PARSER = DigestParser.create();
  private static final DigestValidator VALIDATOR =
      DigestValidator.create(ValidationConfig.builder().build());

  @FuzzTest(maxDuration = "5m")
  void parseAndValidate(byte[] bytes) {
    check(bytes);
  }

  /** What every input must satisfy; throws an assertion error when it does not. */
  static void check(byte[] bytes) {
    DecodedText decoded = DecodedText.decode(bytes);
    if (decoded.text().isEmpty()) {
      assertThat(decoded.problem()).isNotBlank();
      assertThat(decoded.line()).isPositive();
      assertThat(decoded.column()).isPositive();
      return;
    }
    String text = decoded.text().get();
    DigestFile file = PARSER.parse(DigestSource.inMemory("paper_logs/2024/01/02.md"), text);
    List<Finding> findings = VALIDATOR.validate(file);
    long lines = text.lines().count() + 1;
    for (Finding finding : findings) {
      assertThat(finding.line()).as("%s", finding).isBetween(1, (int) Math.max(1, lines));
      assertThat(finding.column()).as("%s", finding).isPositive();
    }
  }
}
