package org.paperdigest.maven.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.Severity;

/**
 * A baseline keys findings by file, rule and subject, never by line: a finding that moves stays
 * accepted, one more of a kind is new, and one fixed is stale. Its file reads back as written, and
 * a file that is not a baseline fails naming the file and what is wrong.
 */
class BaselineTest {

  private static final String A = "paper_logs/2024/01/08.md";
  private static final String B = "paper_logs/2024/01/09.md";

  @TempDir Path temp;

  private static Finding at(String path, int line, Rule rule, String message) {
    return new Finding(rule, Severity.ERROR, path, line, 1, message);
  }

  @Test
  void countsRepeatedProblemsAndSortsEntriesByPathRuleAndSubject() {
    Baseline baseline =
        Baseline.of(
            List.of(
                at(B, 3, Rule.DG110, "repeated author name: Wei Wang (2x)"),
                at(A, 9, Rule.DG203, "https://x.example/ answered 404"),
                at(A, 20, Rule.DG203, "https://x.example/ answered 404"),
                at(A, 4, Rule.DG110, "repeated author name: Wei Wang (2x)")));

    assertThat(baseline.entries())
        .containsExactly(
            new Baseline.Entry(A, "DG110", "repeated author name: Wei Wang (2x)", 1),
            new Baseline.Entry(A, "DG203", "https://x.example/ answered 404", 2),
            new Baseline.Entry(B, "DG110", "repeated author name: Wei Wang (2x)", 1));
    assertThat(baseline.size()).isEqualTo(4);
  }

  @Test
  void triageAcceptsMovedFindingsAndTellsNewFromStale() {
    Baseline baseline =
        Baseline.of(
            List.of(
                at(A, 9, Rule.DG203, "https://x.example/ answered 404"),
                at(A, 20, Rule.DG203, "https://x.example/ answered 404"),
                at(B, 3, Rule.DG110, "repeated author name: Wei Wang (2x)")));
    Finding moved = at(A, 40, Rule.DG203, "https://x.example/ answered 404");
    Finding oneMore = at(A, 41, Rule.DG203, "https://x.example/ answered 404");
    Finding otherFile = at(B, 9, Rule.DG203, "https://x.example/ answered 404");

    Triage triage = baseline.triage(List.of(moved, oneMore, otherFile));

    assertThat(triage.baselined()).containsExactly(moved, oneMore);
    assertThat(triage.fresh()).containsExactly(otherFile);
    assertThat(triage.stale())
        .containsExactly(new Baseline.Entry(B, "DG110", "repeated author name: Wei Wang (2x)", 1));
    assertThat(triage.staleCount()).isEqualTo(1);
    assertThat(triage.staleOnlyWhere(entry -> !entry.path().equals(B)).stale()).isEmpty();
  }

  @Test
  void aThirdOccurrenceBeyondTheCountIsNew() {
    Baseline baseline = Baseline.of(List.of(at(A, 1, Rule.DG207, "http://a.example/")));
    Finding first = at(A, 1, Rule.DG207, "http://a.example/");
    Finding second = at(A, 2, Rule.DG207, "http://a.example/");

    Triage triage = baseline.triage(List.of(first, second));

    assertThat(triage.baselined()).containsExactly(first);
    assertThat(triage.fresh()).containsExactly(second);
    assertThat(Triage.allNew(List.of(first)).fresh()).containsExactly(first);
  }

  @Test
  void writesSortedIndentedJsonThatReadsBack() throws IOException {
    Baseline baseline =
        Baseline.of(
            List.of(
                at(B, 3, Rule.DG110, "repeated author name: Wei Wang (2x)"),
                at(A, 9, Rule.DG203, "https://x.example/ answered 404")));
    Path file = baseline.write(temp.resolve("digest-baseline.json"));

    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(
            "{\n"
                + "  \"tool\" : \"digest-maven-plugin\",\n"
                + "  \"format\" : 1,\n"
                + "  \"findings\" : [ {\n"
                + "    \"path\" : \"paper_logs/2024/01/08.md\",\n"
                + "    \"rule\" : \"DG203\",\n"
                + "    \"about\" : \"https://x.example/ answered 404\",\n"
                + "    \"count\" : 1\n"
                + "  }, {\n"
                + "    \"path\" : \"paper_logs/2024/01/09.md\",\n"
                + "    \"rule\" : \"DG110\",\n"
                + "    \"about\" : \"repeated author name: Wei Wang (2x)\",\n"
                + "    \"count\" : 1\n"
                + "  } ]\n"
                + "}\n");
    assertThat(Baseline.read(file).entries()).isEqualTo(baseline.entries());
  }

  @Test
  void brokenJsonNamesTheFileAndThePlace() throws IOException {
    Path file = Files.writeString(temp.resolve("b.json"), "{\n  \"tool\": \n");

    assertThatThrownBy(() -> Baseline.read(file))
        .isInstanceOf(BaselineException.class)
        .hasMessageStartingWith(file + " is not a digest baseline: broken JSON at line 3, column")
        .hasMessageEndingWith("; write it again with digest:baseline");
  }

  @Test
  void anotherToolsFileOrAnIncompleteEntryIsRefused() throws IOException {
    Path other = Files.writeString(temp.resolve("o.json"), "{\"tool\": \"eslint\", \"format\": 1}");
    Path partial =
        Files.writeString(
            temp.resolve("p.json"),
            "{\"tool\": \"digest-maven-plugin\", \"format\": 1, \"findings\": ["
                + "{\"path\": \"a.md\", \"rule\": \"DG110\", \"about\": \"x\", \"count\": 1},"
                + "{\"path\": \"a.md\", \"rule\": \"DG110\", \"count\": 1}]}");
    Path unknown =
        Files.writeString(
            temp.resolve("u.json"),
            "{\"tool\": \"digest-maven-plugin\", \"format\": 1, \"findings\": ["
                + "{\"path\": \"a.md\", \"rule\": \"DG999\", \"about\": \"x\", \"count\": 1}]}");

    assertThatThrownBy(() -> Baseline.read(other))
        .hasMessage(
            other
                + " is not a digest baseline of format 1 (expected \"tool\":"
                + " \"digest-maven-plugin\", \"format\": 1 and a \"findings\" list); write it"
                + " again with digest:baseline");
    assertThatThrownBy(() -> Baseline.read(partial))
        .hasMessage(
            partial
                + ": finding 2 needs \"path\", \"rule\", \"about\" and a \"count\" of 1 or more");
    assertThatThrownBy(() -> Baseline.read(unknown))
        .hasMessage(unknown + ": finding 1 has unknown rule DG999");
  }
}
