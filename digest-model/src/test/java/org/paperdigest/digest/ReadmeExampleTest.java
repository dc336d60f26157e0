package org.paperdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.DigestSource;

/**
 * Keeps the example of docs/java-api.md compiling and true: the code between the markers below is
 * the page's example, line for line (the test fails when the page no longer holds one of them).
 */
class ReadmeExampleTest {

  @Test
  void thePageHoldsTheExampleLineForLine() throws Exception {
    String page = Files.readString(Path.of("../docs/java-api.md"));
    String source =
        Files.readString(Path.of("src/test/java/org/paperdigest/digest/ReadmeExampleTest.java"));
    String example =
        source.substring(
            source.lastIndexOf("// README example start") + 23,
            source.lastIndexOf("// README example end"));
    List<String> lines =
        example
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("//"))
            .toList();
    assertThat(lines).hasSizeGreaterThan(10);
    for (String line : lines) {
      assertThat(page).as("docs/java-api.md holds: %s", line).contains(line);
    }
  }

  @Test
  void readmeExampleFindsTheRepeatedAuthor() {
    // README example start
    String markdown =
        """
        ## Daily Papers (2024-01-08)

        ### [Denoising Vision Transformers](https://arxiv.org/abs/2401.02957)

        ![](https://cdn-uploads.huggingface.co/production/uploads/x/olROnVzzUN7533BJnXI1d.png)

        Vote: 15

        Authors: Jiawei Yang, Jiawei Yang, Katie Z Luo

        - Removes grid-like artifacts from ViT feature maps.
        """;
    DigestParser parser = DigestParser.create();
    ValidationConfig config = ValidationConfig.builder().rule("DG111=off").build();
    try (DigestValidator validator = DigestValidator.create(config)) {
      DigestFile digest = parser.parse(DigestSource.inMemory("paper_logs/2024/01/08.md"), markdown);
      List<Finding> findings = validator.validate(digest);
      findings.forEach(System.out::println);
      // paper_logs/2024/01/08.md:9:23: error DG110 duplicate-author: repeated author name: Jiawei
      // Yang (2x)
      // README example end
      assertThat(findings)
          .extracting(Finding::toString)
          .containsExactly(
              "paper_logs/2024/01/08.md:9:23: error DG110 duplicate-author: repeated author name:"
                  + " Jiawei Yang (2x)");
    }
  }
}
