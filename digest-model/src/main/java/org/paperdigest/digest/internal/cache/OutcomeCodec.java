package org.paperdigest.digest.internal.cache;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.Severity;
import org.paperdigest.digest.internal.RepositoryBoundary;
import org.paperdigest.digest.internal.SuppressionScopes.Scope;
import org.paperdigest.digest.internal.rules.PaperOccurrence;
import org.paperdigest.digest.model.SourcePosition;
import org.paperdigest.digest.model.Suppression;

/**
 * How {@link FileResultCache} writes a file's outcome and reads it back: its findings (with their
 * fingerprints when worked out), papers, entry count, suppression scopes and the repository files
 * its links name, in a fixed order of big-endian numbers and length-prefixed UTF-8 strings.
 */
final class OutcomeCodec {

  private OutcomeCodec() {}

  static void writeOutcome(DataOutputStream out, FileOutcome outcome) throws IOException {
    out.writeInt(outcome.findings().size());
    for (Finding f : outcome.findings()) {
      out.writeByte(f.rule().ordinal());
      out.writeByte(f.severity().ordinal());
      writeString(out, f.path());
      out.writeInt(f.line());
      out.writeInt(f.column());
      writeString(out, f.message());
      writeString(out, f.subject());
    }
    out.writeByte(outcome.fingerprints().isEmpty() ? 0 : 1);
    for (String fingerprint : outcome.fingerprints()) {
      writeString(out, fingerprint);
    }
    out.writeInt(outcome.papers().size());
    for (PaperOccurrence p : outcome.papers()) {
      writeString(out, p.arxivId());
      writeString(out, p.path());
      writePosition(out, p.position());
    }
    out.writeInt(outcome.entries());
    out.writeInt(outcome.suppressions().size());
    for (Scope scope : outcome.suppressions()) {
      out.writeByte(scope.rule().ordinal());
      out.writeInt(scope.first());
      out.writeInt(scope.last());
      Suppression comment = scope.comment();
      out.writeByte(comment.kind().ordinal());
      writeString(out, comment.directive());
      out.writeInt(comment.rules().size());
      for (String rule : comment.rules()) {
        writeString(out, rule);
      }
      writePosition(out, comment.position());
    }
    out.writeInt(outcome.localFiles().size());
    for (FileOutcome.LocalFile file : outcome.localFiles()) {
      writeString(out, file.path());
      out.writeByte(file.kind().ordinal());
    }
  }

  static FileOutcome readOutcome(CacheInput in) throws IOException {
    Rule[] rules = Rule.values();
    Severity[] severities = Severity.values();
    List<Finding> findings = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      findings.add(
          new Finding(
              rules[in.readUnsignedByte()],
              severities[in.readUnsignedByte()],
              in.readString(),
              in.readInt(),
              in.readInt(),
              in.readString(),
              in.readString()));
    }
    List<String> fingerprints = new ArrayList<>();
    if (in.readUnsignedByte() != 0) {
      for (int i = 0; i < findings.size(); i++) {
        fingerprints.add(in.readString());
      }
    }
    List<PaperOccurrence> papers = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      papers.add(new PaperOccurrence(in.readString(), in.readString(), readPosition(in)));
    }
    int entries = in.readInt();
    List<Scope> scopes = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      Rule rule = rules[in.readUnsignedByte()];
      int first = in.readInt();
      int last = in.readInt();
      Suppression.Kind kind = Suppression.Kind.values()[in.readUnsignedByte()];
      String directive = in.readString();
      List<String> named = new ArrayList<>();
      for (int j = in.readInt(); j > 0; j--) {
        named.add(in.readString());
      }
      scopes.add(
          new Scope(rule, first, last, new Suppression(kind, directive, named, readPosition(in))));
    }
    RepositoryBoundary.Kind[] kinds = RepositoryBoundary.Kind.values();
    List<FileOutcome.LocalFile> localFiles = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      localFiles.add(new FileOutcome.LocalFile(in.readString(), kinds[in.readUnsignedByte()]));
    }
    return new FileOutcome(findings, papers, entries, scopes, localFiles, fingerprints);
  }

  private static void writePosition(DataOutputStream out, SourcePosition p) throws IOException {
    out.writeInt(p.line());
    out.writeInt(p.column());
  }

  private static SourcePosition readPosition(CacheInput in) throws IOException {
    return new SourcePosition(in.readInt(), in.readInt());
  }

  static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }
}
