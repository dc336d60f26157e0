package org.paperdigest.maven.links;

import java.util.function.Consumer;
import org.paperdigest.digest.Finding;
import org.paperdigest.digest.Rule;
import org.paperdigest.digest.ValidationConfig;
import org.paperdigest.digest.internal.UrlText;
import org.paperdigest.digest.model.ArxivId;
import org.paperdigest.digest.model.SourcePosition;
import org.paperdigest.maven.links.arxiv.ArxivVerifier.Answer;
import org.paperdigest.maven.links.http.LinkOutcome;

/** Turns the outcome of a distinct URL or paper into the finding of one occurrence. */
final class FindingMaker {

  private final ValidationConfig config;

  FindingMaker(ValidationConfig config) {
    this.config = config;
  }

  void forUrl(
      LinkOccurrence at,
      LinkPlan.Request request,
      LinkOutcome outcome,
      boolean noNetwork,
      Consumer<Finding> sink) {
    String url = UrlText.intended(at.link());
    String asked = request.remapped() ? " (requested as " + request.url() + ")" : "";
    if (outcome == null) {
      emit(Rule.DG204, at, url + " was not checked" + asked, sink);
      return;
    }
    switch (outcome.verdict()) {
      case OK -> {}
      case MOVED ->
          emit(
              Rule.DG205,
              at,
              url + " " + outcome.detail() + ": link to " + outcome.movedTo().orElse("?") + asked,
              sink);
      case BROKEN -> emit(Rule.DG203, at, url + " " + outcome.detail() + asked, sink);
      case BLOCKED -> emit(Rule.DG208, at, url + ": " + outcome.detail(), sink);
      case UNRESOLVED ->
          emit(
              noNetwork ? Rule.DG204 : Rule.DG203,
              at,
              url
                  + (noNetwork
                      ? " was not checked: no network (no host resolved)"
                      : ": " + outcome.detail())
                  + asked,
              sink);
      case REFUSED ->
          emit(
              noNetwork ? Rule.DG204 : Rule.DG203,
              at,
              url
                  + (noNetwork
                      ? " was not checked: no network (" + outcome.detail() + ")"
                      : " " + outcome.detail())
                  + asked,
              sink);
      case UNREACHABLE, UNDECIDED ->
          emit(Rule.DG204, at, url + " could not be checked: " + outcome.detail() + asked, sink);
      case BOT_WALL ->
          emit(Rule.DG204, at, url + " was not verified: " + outcome.detail() + asked, sink);
    }
  }

  void forPaper(LinkOccurrence at, ArxivId id, Answer answer, Consumer<Finding> sink) {
    String url = UrlText.intended(at.link());
    if (answer == null) {
      emit(Rule.DG204, at, url + " was not checked", sink);
      return;
    }
    switch (answer.status()) {
      case KNOWN -> {
        if (id.version().isPresent() && id.version().get() > answer.latestVersion()) {
          emit(
              Rule.DG203,
              at,
              url
                  + ": arXiv has no version v"
                  + id.version().get()
                  + " of "
                  + id.id()
                  + " (the latest is v"
                  + answer.latestVersion()
                  + ")",
              sink);
        }
      }
      case UNKNOWN -> emit(Rule.DG203, at, url + ": " + answer.detail(), sink);
      case UNREACHABLE -> emit(Rule.DG204, at, url + " was not checked: " + answer.detail(), sink);
      case UNDECIDED ->
          emit(Rule.DG204, at, url + " could not be verified: " + answer.detail(), sink);
    }
  }

  /** A link finding is about its URL: statuses and wording may change between runs. */
  private void emit(Rule rule, LinkOccurrence at, String message, Consumer<Finding> sink) {
    SourcePosition p = at.link().position();
    config
        .severityOf(rule, at.path())
        .ifPresent(
            severity ->
                sink.accept(
                    new Finding(
                        rule,
                        severity,
                        at.path(),
                        p.line(),
                        p.column(),
                        message,
                        "link " + UrlText.intended(at.link()))));
  }
}
