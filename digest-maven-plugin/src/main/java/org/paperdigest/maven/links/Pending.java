package org.paperdigest.maven.links;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperdigest.maven.links.arxiv.ArxivVerifier.Answer;
import org.paperdigest.maven.links.http.LinkOutcome;
import org.paperdigest.maven.links.http.LinkOutcome.Verdict;

/** What a check can take from the cache, and what it has to ask. */
final class Pending {
  final Map<String, LinkOutcome> cachedResults = new HashMap<>();
  final Map<String, Answer> cachedAnswers = new HashMap<>();
  final List<String> urls = new ArrayList<>();
  final List<String> ids = new ArrayList<>();
  int cacheHits;

  private Pending() {}

  static Pending of(LinkPlan plan, LinkCache cache) {
    Pending pending = new Pending();
    for (Map.Entry<String, URI> url : plan.urls.entrySet()) {
      Optional<LinkOutcome> cached =
          url.getValue() == null ? Optional.of(unrequestable()) : cache.link(url.getKey());
      if (cached.isPresent()) {
        pending.cacheHits += url.getValue() == null ? 0 : 1;
        pending.cachedResults.put(url.getKey(), cached.get());
      } else {
        pending.urls.add(url.getKey());
      }
    }
    for (String id : plan.ids) {
      Optional<Answer> cached = cache.paper(id);
      cached.ifPresentOrElse(
          answer -> pending.cachedAnswers.put(id, answer), () -> pending.ids.add(id));
    }
    pending.cacheHits += plan.ids.size() - pending.ids.size();
    return pending;
  }

  private static LinkOutcome unrequestable() {
    return LinkOutcome.of(
        Verdict.UNDECIDED, 0, "linkRemaps rewrites it to an address that cannot be requested");
  }
}
