package org.paperdigest.maven.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperdigest.maven.report.ReportFixtures.assertGolden;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paperdigest.maven.output.JsonTrees;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Every file format written from the seeds matches its golden file exactly, and the SARIF,
 * Checkstyle and JUnit files validate against their schemas.
 */
class ReportFormatsTest {

  @TempDir Path out;

  static Stream<Arguments> writers() {
    return Stream.of(
        Arguments.of(new SarifReportWriter(), "digest.sarif"),
        Arguments.of(new JsonReportWriter(), "digest.json"),
        Arguments.of(new CheckstyleReportWriter(), "digest-checkstyle.xml"),
        Arguments.of(new JunitReportWriter(), "digest-junit.xml"),
        Arguments.of(new GitlabReportWriter(), "digest-gitlab.json"),
        Arguments.of(new HtmlReportWriter(), "digest.html"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("writers")
  void seedsReportMatchesItsGoldenFile(ReportWriter writer, String name) throws IOException {
    Path written = writer.write(ReportFixtures.seeds(), out);

    assertThat(written.getFileName()).hasToString(name);
    assertThat(out).isDirectoryContaining(p -> p.getFileName().toString().equals(name));
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left.filter(p -> p.toString().endsWith(".tmp"))).as("no temp file left").isEmpty();
    }
    if (name.endsWith(".sarif")) {
      // Written on one line; compared indented, so that the golden file diffs well.
      String compact = Files.readString(written);
      assertThat(compact).endsWith("\n").doesNotContain("\n  ");
      assertThat(compact.lines()).hasSize(1);
      written =
          Files.writeString(
              out.resolve("indented.sarif"),
              JsonTrees.MAPPER.writeValueAsString(JsonTrees.MAPPER.readTree(compact)) + "\n");
    }
    assertGolden(written, "seeds/" + name);
  }

  @Test
  void sarifNamesItsRunAndLinksEveryRulesPage() throws IOException {
    JsonNode run =
        JsonTrees.MAPPER
            .readTree(new SarifReportWriter().write(ReportFixtures.seeds(), out).toFile())
            .get("runs")
            .get(0);

    assertThat(run.at("/automationDetails/id").asText()).isEqualTo("digest/");
    for (JsonNode rule : run.at("/tool/driver/rules")) {
      String page =
          "https://github.com/paperdigest/digest-toolkit/blob/v1.2.3/docs/rules/"
              + rule.get("id").asText()
              + ".md";
      assertThat(rule.get("helpUri").asText()).isEqualTo(page);
      assertThat(rule.at("/help/markdown").asText()).endsWith("(" + page + ")");
    }
    assertThat(run.at("/properties/omittedResults").asInt()).isZero();
  }

  @Test
  void sarifPastItsMostResultsKeepsTheMostSevereAndSaysHowManyItLeftOut() throws IOException {
    ReportContext seeds = ReportFixtures.seeds();
    ReportContext capped =
        new ReportContext(
            seeds.result(),
            seeds.config(),
            seeds.toolVersion(),
            seeds.repositoryPrefix(),
            seeds.directory(),
            seeds.files(),
            seeds.violationSeverity(),
            seeds.baselined(),
            seeds.withBaseline(),
            new ReportOptions(seeds.options().ruleDocsUrl(), "digest-offline", 20));

    JsonNode run =
        JsonTrees.MAPPER
            .readTree(new SarifReportWriter().write(capped, out).toFile())
            .get("runs")
            .get(0);

    // The seeds hold 19 errors, 1 warning and 2 infos: the errors and the warning are kept.
    assertThat(run.get("results")).hasSize(20);
    assertThat(run.get("results").findValuesAsText("level")).doesNotContain("note");
    assertThat(run.at("/properties/findings").asInt()).isEqualTo(22);
    assertThat(run.at("/properties/omittedResults").asInt()).isEqualTo(2);
    assertThat(run.at("/automationDetails/id").asText()).isEqualTo("digest-offline/");
  }

  @Test
  void newReportGetsThePermissionsOfAnyNewFileNotPrivateTempFilePermissions() throws IOException {
    Path plain = Files.write(out.resolve("plain.txt"), new byte[] {1});

    Path report = new JsonReportWriter().write(ReportFixtures.seeds(), out);

    assertThat(Files.getPosixFilePermissions(report))
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void sarifValidatesAgainstTheSarif210Schema() throws IOException {
    Path sarif = new SarifReportWriter().write(ReportFixtures.seeds(), out);

    assertThat(sarifErrors(sarif)).isEmpty();
  }

  @Test
  void sarifSchemaCheckCatchesAnInvalidLog() throws IOException {
    Path sarif = new SarifReportWriter().write(ReportFixtures.seeds(), out);
    Files.writeString(
        sarif, Files.readString(sarif).replace("\"level\":\"error\"", "\"level\":\"fatal\""));

    assertThat(sarifErrors(sarif)).isNotEmpty();
  }

  @Test
  void checkstyleValidatesAgainstItsXsd() throws Exception {
    Path xml = new CheckstyleReportWriter().write(ReportFixtures.seeds(), out);

    validate(xml, "checkstyle.xsd");
  }

  @Test
  void junitValidatesAgainstTheJenkinsJunitSchema() throws Exception {
    Path xml = new JunitReportWriter().write(ReportFixtures.seeds(), out);

    validate(xml, "jenkins-junit.xsd");
  }

  @Test
  void xmlSchemaCheckCatchesAMissingAttribute() throws Exception {
    Path xml = new CheckstyleReportWriter().write(ReportFixtures.seeds(), out);
    Files.writeString(xml, Files.readString(xml).replaceFirst(" source=\"DG110\"", ""));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> validate(xml, "checkstyle.xsd"))
        .isInstanceOf(SAXException.class)
        .hasMessageContaining("source");
  }

  @Test
  void junitHasOneCaseperFileAndFailsOnlyFilesWithErrors() throws Exception {
    Document doc = parse(new JunitReportWriter().write(ReportFixtures.seeds(), out));

    assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(4);
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(19);
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("3");
  }

  @Test
  void gitlabFingerprintsAreUniqueAndStableAcrossRuns() throws IOException {
    JsonNode first =
        JsonTrees.MAPPER.readTree(
            new GitlabReportWriter().write(ReportFixtures.seeds(), out).toFile());
    JsonNode second =
        JsonTrees.MAPPER.readTree(
            new GitlabReportWriter().write(ReportFixtures.seeds(), out).toFile());

    Set<String> fingerprints = new HashSet<>();
    first.forEach(issue -> fingerprints.add(issue.get("fingerprint").asText()));
    assertThat(fingerprints).hasSize(first.size()).hasSize(22);
    assertThat(second).isEqualTo(first);
  }

  private static List<Error> sarifErrors(Path sarif) throws IOException {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
    try (InputStream in =
        ReportFormatsTest.class.getResourceAsStream("/schemas/sarif-2.1.0-rtm.5.json")) {
      Schema schema = registry.getSchema(in);
      return schema.validate(JsonTrees.MAPPER.readTree(sarif.toFile()));
    }
  }

  private static void validate(Path xml, String xsd) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    javax.xml.validation.Schema schema =
        factory.newSchema(ReportFormatsTest.class.getResource("/schemas/" + xsd));
    schema.newValidator().validate(new StreamSource(xml.toFile()));
  }

  static Document parse(Path xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory.newDocumentBuilder().parse(xml.toFile());
  }
}
