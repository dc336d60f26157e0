package org.paperdigest.maven.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Rule;

/**
 * Findings of the rules an offline check cannot report (the online rules), and of any rule no
 * generated file reaches, made directly at lines they could point at: every fourth title, author
 * line or line with a link, each rule after the other, so every one is there many times over.
 */
final class OnlineFindings {

  private OnlineFindings() {}

  /** Findings in the file at {@code path} of {@code root}; none if it is not UTF-8. */
  static List<Finding> at(Path root, String path, Set<Rule> found) throws IOException {
    List<Rule> rules =
        Arrays.stream(Rule.values()).filter(r -> r.online() || !found.contains(r)).toList();
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(ByteBuffer.wrap(Files.readAllBytes(root.resolve(path))))
              .toString();
    } catch (CharacterCodingException e) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    int anchors = 0;
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length && !rules.isEmpty(); i++) {
      String line = lines[i];
      int link = line.indexOf("https://");
      if (link < 0 && !line.startsWith("### [") && !line.startsWith("Authors: ")
          || anchors++ % 4 != 0) {
        continue;
      }
      // Each file starts at another rule, so that all of them come up in files of few anchors.
      Rule rule = rules.get(Math.floorMod(path.hashCode() + findings.size(), rules.size()));
      int column = link >= 0 ? link + 1 : 1;
      findings.add(
          new Finding(
              rule,
              rule.defaultSeverity(),
              path,
              i + 1,
              column,
              message(rule, link >= 0 ? url(line, link) : line)));
    }
    return findings;
  }

  private static String url(String line, int from) {
    int end = from;
    while (end < line.length() && " )>\"'".indexOf(line.charAt(end)) < 0) {
      end++;
    }
    return line.substring(from, end);
  }

  private static String message(Rule rule, String subject) {
    return switch (rule) {
      case DG116 ->
          "the title differs from arXiv's title 'A Study of Everything' (" + subject + ")";
      case DG121 ->
          "the author list differs from arXiv's for 2401.00001: missing Grace Hopper; John Doe is"
              + " not an author on arXiv";
      case DG122 -> "arXiv's first author is Chenglei Si; here Chenglei Si is third";
      case DG203 -> subject + " answered 404 Not Found";
      case DG204 -> subject + " could not be checked: no answer within 20 s, 3 tries";
      case DG205 -> subject + " moved permanently (301) to https://example.org/moved";
      case DG208 -> subject + " resolves to a private address (10.0.0.8) and was not requested";
      default -> rule.description();
    };
  }
}
