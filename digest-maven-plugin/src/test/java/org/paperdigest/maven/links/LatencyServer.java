package org.paperdigest.maven.links;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The link bench's server: keep-alive HTTP/1.1 on several loopback addresses, one port, answering
 * every request with an empty 200 after a fixed latency. Two threads do all of it, so the server
 * takes little CPU from the checker it measures: a selector that accepts and reads, and stamps each
 * request with when its answer is due; and a writer that sleeps until the next answer is due (a
 * {@link DelayQueue}, precise to tens of microseconds, where a selector's timeout has milliseconds)
 * and writes it. It counts the requests in flight per address as they arrive and are answered.
 */
final class LatencyServer implements AutoCloseable {

  private static final byte[] OK =
      "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

  /** One address: its requests in flight now, and the most there ever were. */
  static final class Host {
    final String address;
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();

    Host(String address) {
      this.address = address;
    }
  }

  /** An answer that is due at {@code at} (nanoTime) on a connection. */
  private record Due(long at, SocketChannel channel, Host host) implements Delayed {
    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(at - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(at, ((Due) other).at);
    }
  }

  /** What a connection has read of the request it is in. */
  private static final class Connection {
    final Host host;
    int matched; // how much of CRLF CRLF the bytes read so far end with

    Connection(Host host) {
      this.host = host;
    }
  }

  private final Selector selector = Selector.open();
  private final List<ServerSocketChannel> servers = new ArrayList<>();
  private final List<Host> hosts = new ArrayList<>();
  private final DelayQueue<Due> due = new DelayQueue<>();
  private final long latencyNanos;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger connections = new AtomicInteger();
  private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(16 * 1024);
  private final Thread reader;
  private final Thread writer;
  private final int port;
  private volatile boolean closed;

  /** Listens on 127.0.0.1 to 127.0.0.{@code hostCount}, one port for all. */
  LatencyServer(int hostCount, int latencyMillis) throws IOException {
    this.latencyNanos = latencyMillis * 1_000_000L;
    int chosen = 0;
    for (int h = 1; h <= hostCount; h++) {
      String address = "127.0.0." + h;
      ServerSocketChannel server = ServerSocketChannel.open();
      server.bind(new InetSocketAddress(InetAddress.getByName(address), chosen), 1024);
      chosen = ((InetSocketAddress) server.getLocalAddress()).getPort();
      server.configureBlocking(false);
      Host host = new Host(address);
      server.register(selector, SelectionKey.OP_ACCEPT, host);
      servers.add(server);
      hosts.add(host);
    }
    this.port = chosen;
    this.reader = new Thread(this::read, "bench-server-read");
    this.writer = new Thread(this::write, "bench-server-write");
    for (Thread thread : List.of(reader, writer)) {
      thread.setDaemon(true);
      thread.start();
    }
  }

  int port() {
    return port;
  }

  List<Host> hosts() {
    return hosts;
  }

  int requests() {
    return requests.get();
  }

  int connections() {
    return connections.get();
  }

  /** Starts the counts again, between runs. */
  void reset() {
    requests.set(0);
    connections.set(0);
    hosts.forEach(h -> h.maxInFlight.set(0));
  }

  private void read() {
    try {
      while (!closed) {
        selector.select();
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
          SelectionKey key = keys.next();
          keys.remove();
          if (!key.isValid()) {
            continue;
          }
          if (key.isAcceptable()) {
            accept(key);
          } else if (key.isReadable()) {
            read(key);
          }
        }
      }
    } catch (IOException | ClosedSelectorException e) {
      if (!closed) {
        throw new IllegalStateException("the bench server failed", e);
      }
    }
  }

  private void write() {
    try {
      while (!closed) {
        Due answer = due.take();
        answer.host.inFlight.decrementAndGet();
        ByteBuffer out = ByteBuffer.wrap(OK);
        try {
          while (out.hasRemaining()) {
            if (answer.channel.write(out) == 0) {
              Thread.onSpinWait(); // a full socket buffer; never with one answer in flight
            }
          }
        } catch (IOException e) {
          // the client went away meanwhile
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void accept(SelectionKey key) throws IOException {
    SocketChannel channel = ((ServerSocketChannel) key.channel()).accept();
    if (channel == null) {
      return;
    }
    connections.incrementAndGet();
    channel.configureBlocking(false);
    channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
    channel.register(selector, SelectionKey.OP_READ, new Connection((Host) key.attachment()));
  }

  /** Reads what arrived; each request ends at an empty line (HEAD and GET carry no body). */
  private void read(SelectionKey key) {
    SocketChannel channel = (SocketChannel) key.channel();
    Connection connection = (Connection) key.attachment();
    int read;
    try {
      readBuffer.clear();
      read = channel.read(readBuffer);
    } catch (IOException e) {
      read = -1;
    }
    if (read < 0) {
      close(key);
      return;
    }
    readBuffer.flip();
    while (readBuffer.hasRemaining()) {
      byte b = readBuffer.get();
      byte expected = (connection.matched % 2 == 0) ? (byte) '\r' : (byte) '\n';
      connection.matched = b == expected ? connection.matched + 1 : (b == '\r' ? 1 : 0);
      if (connection.matched == 4) {
        connection.matched = 0;
        arrived(channel, connection.host);
      }
    }
  }

  private void arrived(SocketChannel channel, Host host) {
    requests.incrementAndGet();
    host.maxInFlight.accumulateAndGet(host.inFlight.incrementAndGet(), Math::max);
    due.add(new Due(System.nanoTime() + latencyNanos, channel, host));
  }

  private static void close(SelectionKey key) {
    key.cancel();
    try {
      key.channel().close();
    } catch (IOException e) {
      // closing anyway
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    selector.wakeup();
    writer.interrupt();
    try {
      reader.join(5_000);
      writer.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (ServerSocketChannel server : servers) {
      server.close();
    }
    selector.close();
  }
}
