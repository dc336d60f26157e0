package org.paperdigest.maven.links;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A plain loopback HTTP/1.1 server, a thread per connection, as the simplest servers and many test
 * servers are: keep-alive, every request answered with an empty 200 after a fixed latency (the
 * connection's thread sleeps). Unlike {@link LatencyServer} it competes with the checker for the
 * cores as a busy CI runner does, so a bench against it shows what each request costs. It listens
 * on {@code hosts} loopback addresses (127.0.0.1, 127.0.0.2, ...) on one port, and can report the
 * CPU its own threads used.
 */
public final class ThreadPerConnectionServer implements AutoCloseable {

  private static final byte[] OK =
      "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

  private final List<ServerSocket> servers = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private final ConcurrentHashMap<Long, Long> finishedCpu = new ConcurrentHashMap<>();
  private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
  private final long latencyMillis;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger connections = new AtomicInteger();
  private volatile boolean closed;

  /** Listens on {@code hosts} loopback addresses at {@code port} (0: a free one). */
  public ThreadPerConnectionServer(int hosts, long latencyMillis, int port) throws IOException {
    this.latencyMillis = latencyMillis;
    int chosen = port;
    for (int i = 1; i <= hosts; i++) {
      ServerSocket server = new ServerSocket();
      server.setReuseAddress(true);
      server.bind(new InetSocketAddress(InetAddress.getByName("127.0.0." + i), chosen), 1024);
      chosen = server.getLocalPort();
      servers.add(server);
      Thread acceptor = new Thread(() -> accept(server), "bench-server-accept-" + i);
      acceptor.setDaemon(true);
      acceptor.start();
    }
  }

  public int port() {
    return servers.get(0).getLocalPort();
  }

  public int requests() {
    return requests.get();
  }

  public int connections() {
    return connections.get();
  }

  /** The CPU time the server's connection threads used so far, in nanoseconds. */
  public synchronized long cpuNanos() {
    long total = finishedCpu.values().stream().mapToLong(Long::longValue).sum();
    for (Thread thread : threads) {
      if (thread.isAlive()) {
        total += Math.max(0, cpu.getThreadCpuTime(thread.getId()));
      }
    }
    return total;
  }

  private void accept(ServerSocket server) {
    while (!closed) {
      try {
        Socket socket = server.accept();
        connections.incrementAndGet();
        Thread thread = new Thread(() -> serve(socket), "bench-server-conn");
        thread.setDaemon(true);
        synchronized (this) {
          threads.add(thread);
        }
        thread.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket socket) {
    try (socket;
        InputStream in = new BufferedInputStream(socket.getInputStream());
        OutputStream out = socket.getOutputStream()) {
      socket.setTcpNoDelay(true);
      while (readRequest(in)) {
        requests.incrementAndGet();
        Thread.sleep(latencyMillis);
        out.write(OK);
        out.flush();
      }
    } catch (IOException | InterruptedException e) {
      // the client went away
    } finally {
      finishedCpu.put(Thread.currentThread().getId(), cpu.getCurrentThreadCpuTime());
    }
  }

  /** Reads one request's head up to its blank line; false at the end of the stream. */
  private static boolean readRequest(InputStream in) throws IOException {
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return false;
      }
      matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    for (ServerSocket server : servers) {
      server.close();
    }
  }

  /** Runs the server until killed: {@code hosts latencyMillis port}. */
  public static void main(String[] args) throws Exception {
    int hosts = Integer.parseInt(args[0]);
    long latency = Long.parseLong(args[1]);
    int port = Integer.parseInt(args[2]);
    ThreadPerConnectionServer server = new ThreadPerConnectionServer(hosts, latency, port);
    System.out.println("listening on 127.0.0.1-" + hosts + ":" + server.port());
    Thread.currentThread().join();
  }
}
