package org.paperdigest.maven.links.http;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpException;

/** What a failed request says: refused, failed before any answer, or something to describe. */
public final class Failures {

  private static final int MESSAGE_LIMIT = 160;
  private static final Pattern IDENTITY = Pattern.compile("\\w@[0-9a-f]{5,}");

  private Failures() {}

  /** The failure itself, out of the wrappers futures put around it. */
  public static Throwable unwrap(Throwable failure) {
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
  public static boolean beforeAnswer(Throwable failure) {
    return failure instanceof ConnectException
        || failure instanceof SocketTimeoutException
        || failure instanceof UnknownHostException;
  }

  /** The failure in a few stable words: the same failure reads the same in every run. */
  static String describe(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      // Jetty's own words for an answer that breaks HTTP or its limits ("Response Header Bytes Too
      // Large"), without the connection's state it puts around them.
      if (t instanceof HttpException http) {
        return "bad HTTP answer: " + http.getReason();
      }
    }
    if (failure instanceof EOFException || failure instanceof ClosedChannelException) {
      return "the connection closed without an answer";
    }
    String message = failure.getMessage();
    // A message that is a client's inner state (Jetty's EndPoint@1f2e...[...]) changes every run
    // and tells a maintainer nothing: the failure's kind is said instead.
    return message == null || message.length() > MESSAGE_LIMIT || IDENTITY.matcher(message).find()
        ? failure.getClass().getSimpleName()
        : failure.getClass().getSimpleName() + ": " + message;
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
