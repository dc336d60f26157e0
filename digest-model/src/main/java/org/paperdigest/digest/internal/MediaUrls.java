package org.paperdigest.digest.internal;

import java.util.List;
import java.util.Locale;

/** What a media URL names: a video file, a user's avatar. */
public final class MediaUrls {

  /** File extensions of videos, which an image tag cannot show. */
  private static final List<String> VIDEO_EXTENSIONS =
      List.of(".mp4", ".webm", ".mov", ".qt", ".m4v", ".ogv", ".mkv", ".avi");

  private static final String AVATAR_HOST = "cdn-avatars.huggingface.co";

  private MediaUrls() {}

  /** Whether the URL's path, without query or fragment, ends in a video extension (any case). */
  public static boolean isVideoFile(String url) {
    String path = UrlText.withoutQueryOrFragment(url).toLowerCase(Locale.ROOT);
    for (String extension : VIDEO_EXTENSIONS) {
      if (path.endsWith(extension)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the URL names a user's avatar: its path holds {@code /avatars/} ({@code
   * /avatars/<hash>.svg}, relative to the site it was copied from), or its host is Hugging Face's
   * avatar CDN.
   */
  public static boolean isAvatar(String url) {
    String path = UrlText.withoutQueryOrFragment(url);
    int authority = path.indexOf("://");
    if (authority >= 0) {
      int hostStart = authority + 3;
      int hostEnd = path.indexOf('/', hostStart);
      String host = path.substring(hostStart, hostEnd < 0 ? path.length() : hostEnd);
      if (host.equalsIgnoreCase(AVATAR_HOST)) {
        return true;
      }
      path = hostEnd < 0 ? "" : path.substring(hostEnd);
    }
    return path.contains("/avatars/");
  }
}
