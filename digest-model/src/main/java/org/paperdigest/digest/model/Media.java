package org.paperdigest.digest.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An entry's thumbnail or video. For a video written as a {@code [Watch Video](...)} line followed
 * by a {@code <video src>} block, {@code link} is the line's link and {@code videoSource} the
 * {@code src}; for a bare {@code <video>} block, {@code link} is its {@code src}.
 */
public record Media(Kind kind, Link link, Optional<Link> videoSource) {

  /** What the media is. */
  public enum Kind {
    /** A thumbnail image. */
    IMAGE,
    /** A video (a link to a video file, or a {@code <video>} element). */
    VIDEO
  }

  public Media {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(videoSource, "videoSource");
  }
}
