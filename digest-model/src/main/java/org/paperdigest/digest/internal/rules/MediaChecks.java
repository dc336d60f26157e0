package org.paperdigest.digest.internal.rules;

import java.util.function.Consumer;
import org.paperdigest.digest.internal.MediaUrls;
import org.paperdigest.digest.model.DigestFile;
import org.paperdigest.digest.model.Entry;
import org.paperdigest.digest.model.Link;
import org.paperdigest.digest.model.LinkKind;
import org.paperdigest.digest.model.Media;

/** DG118 and DG119: media that cannot be what the entry shows. */
final class MediaChecks {

  private MediaChecks() {}

  /**
   * DG118, one per entry whose image is a user's avatar; a site-relative one that the repository
   * does not have is this one finding, not DG206 as well, and says so.
   */
  static void avatarAsMedia(DigestFile file, Consumer<Hit> hits) {
    for (Entry entry : file.entries()) {
      if (entry.media().isEmpty() || !isAvatarImage(entry.media().get())) {
        continue;
      }
      Link image = entry.media().get().link();
      String missing =
          LocalFiles.missing(file, image)
              .map(
                  path ->
                      "; the path does not exist in the repository either ("
                          + path
                          + "), so GitHub shows a broken image")
              .orElse("");
      hits.accept(
          new Hit(
              image.position(),
              "the entry's image "
                  + image.url()
                  + " is a user's avatar, not the paper's thumbnail"
                  + missing,
              "the entry's image is an avatar"));
    }
  }

  /** Whether the media is an image of a user's avatar. */
  static boolean isAvatarImage(Media media) {
    return media.kind() == Media.Kind.IMAGE && MediaUrls.isAvatar(media.link().url());
  }

  /** DG119, one per image whose URL names a video file. */
  static void videoAsImage(DigestFile file, Consumer<Hit> hits) {
    for (Link link : file.links()) {
      if (link.kind() == LinkKind.IMAGE && MediaUrls.isVideoFile(link.url())) {
        hits.accept(
            new Hit(
                link.position(),
                link.url()
                    + " is a video in image syntax, which renders as a broken image; write"
                    + " [Watch Video]("
                    + link.url()
                    + ") and a <video> block"));
      }
    }
  }
}
