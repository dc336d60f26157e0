package org.paperdigest.digest.model;

/**
 * A place in a digest file: 1-based line and 1-based column, counted in UTF-16 code units of the
 * line after any byte order mark (the unit SARIF and most editors use).
 */
public record SourcePosition(int line, int column) implements Comparable<SourcePosition> {

  /** The start of a file. */
  public static final SourcePosition START = new SourcePosition(1, 1);

  public SourcePosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /** The position {@code offset} code units to the right on the same line. */
  public SourcePosition plusColumns(int offset) {
    return new SourcePosition(line, column + offset);
  }

  @Override
  public int compareTo(SourcePosition other) {
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
