package org.paperdigest.maven.links;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A body handler for link checks: the body is read and thrown away up to a cap, then the
 * subscription is cancelled, so a huge or endless body costs no more than the cap. A short body is
 * read to its end, which lets the connection be reused.
 */
final class CappedBody implements HttpResponse.BodySubscriber<Void> {

  private final long cap;
  private final CompletableFuture<Void> done = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private long read;

  private CappedBody(long cap) {
    this.cap = cap;
  }

  static HttpResponse.BodyHandler<Void> handler(long cap) {
    return info -> new CappedBody(cap);
  }

  @Override
  public CompletionStage<Void> getBody() {
    return done;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      read += buffer.remaining();
    }
    if (read > cap && !done.isDone()) {
      done.complete(null);
      subscription.cancel();
    }
  }

  @Override
  public void onError(Throwable throwable) {
    // A body cut short after the status arrived changes nothing about the link.
    done.complete(null);
  }

  @Override
  public void onComplete() {
    done.complete(null);
  }
}
