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

  /** DG118, one per entry whose image is a user's avatar. */
  static void avatarAsMedia(Entry entry, Consumer<Hit> hits) {
    if (entry.media().isEmpty() || entry.media().get().kind() != Media.Kind.IMAGE) {
      return;
    }
    Link image = entry.media().get().link();
    if (MediaUrls.isAvatar(image.url())) {
      hits.accept(
          new Hit(
              image.position(),
              "the entry's image " + image.url() + " is a user's avatar, not the paper's thumbnail",
              "the entry's image is an avatar"));
    }
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
