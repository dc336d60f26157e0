package org.paperdigest.maven.links;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.http.HttpException;

/** What a failed request says: refused, failed before any answer, or something to describe. */
final class Failures {

  private Failures() {}

  /** The failure itself, out of the wrappers futures put around it. */
  static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** A host that is there and refused the connection (not one that is unreachable). */
  static boolean refused(Throwable failure) {
    return failure instanceof ConnectException && !mentions(failure, "unreachable", "no route");
  }

  /** Failed before any answer: no name, no connection, no answer to the connection. */
  static boolean beforeAnswer(Throwable failure) {
    return failure instanceof ConnectException
        || failure instanceof SocketTimeoutException
        || failure instanceof UnknownHostException;
  }

  static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      // Jetty's own words for an answer that breaks HTTP or its limits ("Response Header Bytes Too
      // Large"), without the connection's state it puts around them.
      if (t instanceof HttpException http) {
        return "bad HTTP answer: " + http.getReason();
      }
    }
    return failure.getMessage() == null
        ? failure.getClass().getSimpleName()
        : failure.getClass().getSimpleName() + ": " + failure.getMessage();
  }

  private static boolean mentions(Throwable failure, String... words) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      for (String word : words) {
        if (message.contains(word)) {
          return true;
        }
      }
    }
    return false;
  }
}
