package org.paperdigest.digest;

import java.util.Random;

/**
 * Inputs for the tests that hold a hand-written short way to the definition it stands for: a random
 * start, then up to {@code maxPieces} random pieces. Seeded, so every run sees the same texts and a
 * failure names one that stays.
 */
public final class GeneratedText {

  private final Random random;
  private final String[] starts;
  private final String[] pieces;
  private final int maxPieces;

  public GeneratedText(long seed, String[] starts, String[] pieces, int maxPieces) {
    this.random = new Random(seed);
    this.starts = starts.clone();
    this.pieces = pieces.clone();
    this.maxPieces = maxPieces;
  }

  public String next() {
    StringBuilder text = new StringBuilder(starts[random.nextInt(starts.length)]);
    int count = random.nextInt(maxPieces + 1);
    for (int i = 0; i < count; i++) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }
}
