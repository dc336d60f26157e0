package org.paperdigest.maven.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperdigest.maven.output.AtomicFiles.Durability;

/**
 * A write replaces the file whole or not at all: a failing writer leaves the old content and no
 * temporary file, a file keeps its permissions, and a symbolic link in the file's place is
 * replaced, never followed.
 */
class AtomicFilesTest {

  @TempDir Path temp;

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private long siblings() throws IOException {
    try (Stream<Path> files = Files.list(temp)) {
      return files.count();
    }
  }

  @Test
  void writesIntoFoldersItMakesAndReplacesWhatWasThere() throws IOException {
    Path file = temp.resolve("a/b/report.txt");

    AtomicFiles.write(file, "first".getBytes(StandardCharsets.UTF_8), Durability.BUILD_OUTPUT);
    AtomicFiles.write(file, "second".getBytes(StandardCharsets.UTF_8), Durability.SYNCED);

    assertThat(read(file)).isEqualTo("second");
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aWriterThatFailsLeavesTheOldFileAndNoTemporaryOne() throws IOException {
    Path file = Files.writeString(temp.resolve("digest.md"), "the user's text");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    file,
                    out -> {
                      out.write("half of it".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    },
                    Durability.SYNCED))
        .hasMessage("disk full");

    assertThat(read(file)).isEqualTo("the user's text");
    assertThat(siblings()).isEqualTo(1);
  }

  @Test
  void anExistingFileKeepsItsPermissions() throws IOException {
    Path file = Files.writeString(temp.resolve("run.sh"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));

    AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8), Durability.BUILD_OUTPUT);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rwxr-x---");
  }

  @Test
  void aSymbolicLinkInTheFilesPlaceIsReplacedAndItsTargetLeftAlone() throws IOException {
    Path target = Files.writeString(temp.resolve("outside.txt"), "not yours");
    Path link = Files.createSymbolicLink(temp.resolve("digest.sarif"), target);

    AtomicFiles.write(link, "report".getBytes(StandardCharsets.UTF_8), Durability.BUILD_OUTPUT);

    assertThat(Files.isSymbolicLink(link)).isFalse();
    assertThat(Files.isRegularFile(link, LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(read(link)).isEqualTo("report");
    assertThat(read(target)).isEqualTo("not yours");
  }

  @Test
  void jsonIsIndentedWithAFinalNewlineOrCompactOnOneLine() throws IOException {
    Path indented =
        AtomicFiles.writeJson(
            temp.resolve("a.json"),
            json -> {
              json.writeStartObject();
              json.writeNumberField("count", 2);
              json.writeEndObject();
            },
            Durability.BUILD_OUTPUT);
    Path compact =
        AtomicFiles.writeCompactJson(
            temp.resolve("b.json"),
            json -> {
              json.writeStartObject();
              json.writeNumberField("count", 2);
              json.writeEndObject();
            },
            Durability.BUILD_OUTPUT);

    assertThat(read(indented)).isEqualTo("{\n  \"count\" : 2\n}\n");
    assertThat(read(compact)).isEqualTo("{\"count\":2}\n");
  }
}
