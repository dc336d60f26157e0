package org.paperdigest.digest.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An entry's thumbnail or video.
 *
 * @param kind an image or a video
 * @param link for an image its source; for a video written as a {@code [Watch Video](...)} line
 *     followed by a {@code <video src>} block, the line's link; for a bare {@code <video>} block,
 *     its {@code src}
 * @param videoSource the {@code src} of the {@code <video>} block that follows a video line
 * @since 0.1.0
 */
public record Media(Kind kind, Link link, Optional<Link> videoSource) {

  /**
   * What the media is.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** A thumbnail image. */
    IMAGE,
    /** A video (a link to a video file, or a {@code <video>} element). */
    VIDEO
  }

  /**
   * Checks the record's invariants.
   *
   * @param kind an image or a video
   * @param link for an image its source; for a video written as a {@code [Watch Video](...)} line
   *     followed by a {@code <video src>} block, the line's link; for a bare {@code <video>} block,
   *     its {@code src}
   * @param videoSource the {@code src} of the {@code <video>} block that follows a video line
   * @throws NullPointerException if a component is {@code null}
   * @since 0.1.0
   */
  public Media {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(videoSource, "videoSource");
  }
}
