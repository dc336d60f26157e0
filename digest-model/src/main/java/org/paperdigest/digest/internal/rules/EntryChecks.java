package org.paperdigest.digest.internal.rules;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperdigest.digest.ValidationConfig;
import org.paperdigest.digest.internal.UrlText;
import org.paperdigest.digest.model.ArxivId;
import org.paperdigest.digest.model.Entry;
import org.paperdigest.digest.model.Link;
import org.paperdigest.digest.model.Media;
import org.paperdigest.digest.model.Section;
import org.paperdigest.digest.model.SummaryItem;
import org.paperdigest.digest.model.Votes;

/** DG101-DG107 and DG112: an entry's title, media, votes and summary. */
final class EntryChecks {

  private EntryChecks() {}

  /** DG101. */
  static void malformedTitle(Entry entry, Consumer<Hit> hits) {
    if (entry.title().wellFormed()) {
      return;
    }
    String why =
        entry.title().link().isEmpty()
            ? "the title heading has no link"
            : entry.title().text().isBlank()
                ? "the title link has no text"
                : "the title heading holds more than its one link";
    hits.accept(new Hit(entry.position(), why + "; write '### [Title](paper URL)'"));
  }

  /** DG102: the title link must match one of {@code accepted}, and a group {@code id} be valid. */
  static Check<Entry> invalidPaperLink(List<Pattern> accepted) {
    List<Pattern> patterns = List.copyOf(accepted);
    boolean[] isDefault = new boolean[patterns.size()];
    for (int i = 0; i < patterns.size(); i++) {
      Pattern p = patterns.get(i);
      isDefault[i] = p.flags() == 0 && p.pattern().equals(ValidationConfig.DEFAULT_PAPER_URL);
    }
    return (entry, hits) -> {
      Optional<Link> link = entry.title().link();
      if (link.isEmpty()) {
        return; // DG101 says so
      }
      String url = link.get().url();
      for (int i = 0; i < patterns.size(); i++) {
        String id;
        if (isDefault[i]) {
          // The usual pattern, asked of every entry: read by hand.
          id = PaperUrls.defaultPaperUrlId(url);
          if (id == null) {
            continue;
          }
        } else {
          Matcher m = patterns.get(i).matcher(url);
          if (!m.matches()) {
            continue;
          }
          id = groupId(m);
        }
        if (id != null && ArxivId.parse(id).isEmpty()) {
          hits.accept(
              new Hit(
                  link.get().position(),
                  url + " is not an accepted paper URL: \"" + id + "\" is not a valid arXiv id"));
        }
        return;
      }
      hits.accept(
          new Hit(
              link.get().position(),
              url + " is not an accepted paper URL (expected https://arxiv.org/abs/<arXiv id>)"));
    };
  }

  private static String groupId(Matcher m) {
    try {
      return m.group("id");
    } catch (IllegalArgumentException noSuchGroup) {
      return null;
    }
  }

  /** DG103. */
  static void missingMedia(Entry entry, Consumer<Hit> hits) {
    if (entry.media().isEmpty()) {
      hits.accept(new Hit(entry.position(), "the entry has no image and no video"));
    }
  }

  /** DG104. */
  static void mediaMismatch(Entry entry, Consumer<Hit> hits) {
    if (entry.media().isEmpty()) {
      return;
    }
    Media media = entry.media().get();
    if (media.videoSource().isPresent()) {
      Link src = media.videoSource().get();
      if (!stripFragment(src.url()).equals(stripFragment(media.link().url()))) {
        hits.accept(
            new Hit(
                src.position(),
                "the video link names "
                    + fileName(media.link().url())
                    + " but <video src> names "
                    + fileName(src.url())));
      }
      return;
    }
    if (media.kind() != Media.Kind.IMAGE) {
      return;
    }
    String thumbnailName = PaperUrls.thumbnailName(media.link().url());
    Optional<ArxivId> own = thumbnailName == null ? Optional.empty() : entry.title().arxivId();
    if (own.isPresent()) {
      Optional<ArxivId> named = ArxivId.parse(thumbnailName);
      if (named.isPresent() && !named.get().id().equals(own.get().id())) {
        hits.accept(
            new Hit(
                media.link().position(),
                "the thumbnail names paper "
                    + named.get().id()
                    + ", but the entry is paper "
                    + own.get().id()));
      }
    }
  }

  /** DG105. */
  static void missingVotes(Entry entry, Consumer<Hit> hits) {
    if (entry.votes().isEmpty()) {
      hits.accept(new Hit(entry.position(), "the entry has no Vote: line"));
    } else if (entry.votes().get().isUnknown()) {
      hits.accept(new Hit(entry.votes().get().valuePosition(), "the vote count is unknown (-)"));
    }
  }

  /** DG106. */
  static void invalidVotes(Entry entry, Consumer<Hit> hits) {
    if (entry.votes().isEmpty()) {
      return;
    }
    Votes v = entry.votes().get();
    if (!v.isUnknown() && v.count().isEmpty()) {
      hits.accept(
          new Hit(
              v.valuePosition(),
              "Vote: \"" + v.value() + "\" is neither a non-negative integer nor -"));
    }
  }

  /** DG107, one per entry with more votes than the entry before it. */
  static void votesOrder(Section section, Consumer<Hit> hits) {
    Votes previous = null;
    long previousCount = 0;
    for (Entry entry : section.entries()) {
      Votes current = entry.votes().orElse(null);
      OptionalLong count = current == null ? OptionalLong.empty() : current.count();
      if (count.isEmpty()) {
        previous = null;
        continue;
      }
      if (previous != null && count.getAsLong() > previousCount) {
        hits.accept(
            new Hit(
                current.valuePosition(),
                count.getAsLong()
                    + (count.getAsLong() == 1 ? " vote" : " votes")
                    + ", more than the "
                    + previousCount
                    + " of the entry before it (line "
                    + previous.position().line()
                    + ")",
                "more votes than the entry before"));
      }
      previous = current;
      previousCount = count.getAsLong();
    }
  }

  /** DG112, one per entry. */
  static void missingSummary(Entry entry, Consumer<Hit> hits) {
    if (entry.summary().isEmpty()) {
      hits.accept(new Hit(entry.position(), "the entry has no summary list"));
      return;
    }
    Hit.atFirstOf(
        entry.summary().get().items(),
        item -> item.text().isBlank(),
        SummaryItem::position,
        "a summary item with no text",
        "summary items with no text",
        hits);
  }

  private static String stripFragment(String url) {
    int hash = url.indexOf('#');
    return (hash < 0 ? url : url.substring(0, hash)).strip();
  }

  static String fileName(String url) {
    String path = UrlText.withoutQueryOrFragment(url);
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
