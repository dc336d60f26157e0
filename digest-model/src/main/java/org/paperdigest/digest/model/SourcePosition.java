package org.paperdigest.digest.model;

/**
 * A place in a digest file: 1-based line and 1-based column, counted in UTF-16 code units of the
 * line after any byte order mark (the unit SARIF and most editors use).
 *
 * @param line the 1-based line
 * @param column the 1-based column
 * @since 0.1.0
 */
public record SourcePosition(int line, int column) implements Comparable<SourcePosition> {

  /**
   * The start of a file.
   *
   * @since 0.1.0
   */
  public static final SourcePosition START = new SourcePosition(1, 1);

  /**
   * Checks that line and column are 1-based.
   *
   * @param line the 1-based line
   * @param column the 1-based column
   * @throws IllegalArgumentException if {@code line} or {@code column} is below 1
   * @since 0.1.0
   */
  public SourcePosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /**
   * The position {@code offset} code units to the right on the same line.
   *
   * @param offset how many code units; may be negative as long as the column stays 1 or more
   * @return the position
   * @throws IllegalArgumentException if the column would be below 1
   * @since 0.1.0
   */
  public SourcePosition plusColumns(int offset) {
    return new SourcePosition(line, column + offset);
  }

  /**
   * Orders positions by line, then column.
   *
   * @param other the position to compare with
   * @return negative, zero or positive as this position comes before, at or after {@code other}
   */
  @Override
  public int compareTo(SourcePosition other) {
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  /**
   * The position as {@code line:column}.
   *
   * @return {@code line:column}
   */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
