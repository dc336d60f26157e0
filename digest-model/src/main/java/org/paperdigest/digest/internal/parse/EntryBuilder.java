package org.paperdigest.digest.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paperdigest.digest.model.AuthorList;
import org.paperdigest.digest.model.Entry;
import org.paperdigest.digest.model.Link;
import org.paperdigest.digest.model.Media;
import org.paperdigest.digest.model.Summary;
import org.paperdigest.digest.model.SummaryItem;
import org.paperdigest.digest.model.Title;
import org.paperdigest.digest.model.Votes;

/** Collects the parts of one entry while its blocks are read; a part seen twice is refused. */
final class EntryBuilder {

  private final Title title;
  private Media media;
  private boolean awaitingVideoSource;
  private Votes votes;
  private AuthorList authors;
  private final List<SummaryItem> summaryItems = new ArrayList<>();
  private Summary summaryStart;

  EntryBuilder(Title title) {
    this.title = title;
  }

  String titleText() {
    return title.text();
  }

  boolean offerMedia(Media candidate) {
    if (media != null) {
      return false;
    }
    media = candidate;
    awaitingVideoSource = candidate.kind() == Media.Kind.VIDEO && candidate.videoSource().isEmpty();
    return true;
  }

  /** Attaches a {@code <video src>} to the video link just read; false when none is waiting. */
  boolean offerVideoSource(Link source) {
    if (!awaitingVideoSource) {
      return false;
    }
    media = new Media(Media.Kind.VIDEO, media.link(), Optional.of(source));
    awaitingVideoSource = false;
    return true;
  }

  /** Called for every block after the one that could carry the video source. */
  void blockEnded() {
    awaitingVideoSource = false;
  }

  boolean offerVotes(Votes candidate) {
    if (votes != null) {
      return false;
    }
    votes = candidate;
    return true;
  }

  boolean offerAuthors(AuthorList candidate) {
    if (authors != null) {
      return false;
    }
    authors = candidate;
    return true;
  }

  void addSummary(Summary list) {
    if (summaryStart == null) {
      summaryStart = list;
    }
    summaryItems.addAll(list.items());
  }

  Entry build() {
    Optional<Summary> summary =
        Optional.ofNullable(summaryStart).map(s -> new Summary(s.position(), summaryItems));
    return new Entry(
        title,
        Optional.ofNullable(media),
        Optional.ofNullable(votes),
        Optional.ofNullable(authors),
        summary);
  }
}
