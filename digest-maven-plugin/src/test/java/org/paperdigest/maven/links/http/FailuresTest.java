package org.paperdigest.maven.links.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** A failure reads the same in every run: no client's inner state in a finding. */
class FailuresTest {

  @Test
  void aClosedConnectionIsSaidInWords() {
    EOFException eof = new EOFException("HttpConnectionOverHTTP@22611e63::SocketChannelEndPoint@2");
    assertThat(Failures.describe(eof)).isEqualTo("the connection closed without an answer");
  }

  @Test
  void aMessageHoldingObjectIdentitiesOrTooLongKeepsOnlyItsKind() {
    assertThat(Failures.describe(new IOException("HttpExchange@78cd5f69{req=HEAD /reset}")))
        .isEqualTo("IOException");
    assertThat(Failures.describe(new IOException("x".repeat(161)))).isEqualTo("IOException");
    assertThat(Failures.describe(new IOException("x".repeat(160))))
        .isEqualTo("IOException: " + "x".repeat(160));
    assertThat(Failures.describe(new IOException())).isEqualTo("IOException");
  }

  @Test
  void refusedIsAHostThatIsThereNotOneThatIsUnreachable() {
    assertThat(Failures.refused(new ConnectException("Connection refused"))).isTrue();
    assertThat(Failures.refused(new ConnectException("Network is unreachable"))).isFalse();
    assertThat(Failures.beforeAnswer(new SocketTimeoutException())).isTrue();
    assertThat(Failures.beforeAnswer(new EOFException())).isFalse();
  }

  @Test
  void unwrapTakesOffTheFuturesWrappers() {
    EOFException eof = new EOFException();
    assertThat(Failures.unwrap(new CompletionException(eof))).isSameAs(eof);
  }
}
