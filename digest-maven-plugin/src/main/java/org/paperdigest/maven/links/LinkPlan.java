package org.paperdigest.maven.links;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.paperdigest.digest.internal.UrlText;
import org.paperdigest.digest.model.ArxivId;
import org.paperdigest.maven.links.http.RequestUrl;
import org.paperdigest.maven.links.settings.LinkSettings;

/**
 * What a link check asks, planned from the occurrences: each distinct URL once (as its author meant
 * it, after {@code linkRemaps}), and each arXiv paper once, for the arXiv API. A link {@code
 * linkRemaps} rewrites is checked as its remap target, a plain URL, even where it named an arXiv
 * paper; a link the selection leaves out, or that is no URL to request, is not asked at all.
 */
final class LinkPlan {

  /** The URL an occurrence was requested as, and whether {@code linkRemaps} changed it. */
  record Request(String url, boolean remapped) {}

  final Map<LinkOccurrence, Request> urlOf = new LinkedHashMap<>();
  final Map<LinkOccurrence, ArxivId> paperOf = new LinkedHashMap<>();

  /** Each distinct URL, parsed once; {@code null} where a remap made it unrequestable. */
  final Map<String, URI> urls = new LinkedHashMap<>();

  final Set<String> ids = new LinkedHashSet<>();

  LinkPlan(List<LinkOccurrence> occurrences, LinkSettings settings) {
    for (LinkOccurrence occurrence : occurrences) {
      String written = UrlText.intended(occurrence.link());
      Optional<URI> uri = RequestUrl.parse(written);
      if (uri.isEmpty() || !settings.selection().selects(written)) {
        continue;
      }
      String asked = uri.get().toString();
      String url = settings.remaps().apply(asked);
      boolean remapped = !url.equals(asked);
      Optional<ArxivId> paper = remapped ? Optional.empty() : ArxivId.fromUrl(asked);
      if (paper.isPresent()) {
        paperOf.put(occurrence, paper.get());
        ids.add(paper.get().id());
        continue;
      }
      urlOf.put(occurrence, new Request(url, remapped));
      if (!urls.containsKey(url)) {
        urls.put(url, remapped ? RequestUrl.parse(url).orElse(null) : uri.get());
      }
    }
  }
}
