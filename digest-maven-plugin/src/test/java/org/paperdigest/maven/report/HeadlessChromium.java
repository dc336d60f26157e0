package org.paperdigest.maven.report;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.paperdigest.maven.output.JsonTrees;

/**
 * Headless Chromium (Debian's {@code chromium}; {@code .ci/run} installs it) driven over the
 * DevTools protocol, on a WebSocket to 127.0.0.1 with the JDK's own client: pages at a given screen
 * size, with real mouse and keyboard input. Without Chromium a test is skipped, except under {@code
 * CI=true}, where it fails.
 */
final class HeadlessChromium implements AutoCloseable {

  private static final Duration ANSWER = Duration.ofSeconds(60);

  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();

  private HeadlessChromium(Process process, WebSocket socket) {
    this.process = process;
    this.socket = socket;
  }

  /** Starts Chromium with a fresh profile in {@code profile}. */
  static HeadlessChromium start(Path profile) throws Exception {
    String executable = executable();
    Files.createDirectories(profile);
    Process process =
        new ProcessBuilder(
                executable,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--user-data-dir=" + profile,
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                "about:blank")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(profile.resolve("chromium.log").toFile())
            .start();
    try {
      Path active = profile.resolve("DevToolsActivePort");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.exists(active) || Files.readAllLines(active).size() < 2) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          fail("Chromium did not open its DevTools port: " + profile.resolve("chromium.log"));
        }
        Thread.sleep(50);
      }
      List<String> lines = Files.readAllLines(active, StandardCharsets.UTF_8);
      URI uri = URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
      Listener listener = new Listener();
      WebSocket socket =
          HttpClient.newHttpClient()
              .newWebSocketBuilder()
              .buildAsync(uri, listener)
              .get(60, TimeUnit.SECONDS);
      HeadlessChromium browser = new HeadlessChromium(process, socket);
      listener.browser = browser;
      return browser;
    } catch (Exception | Error e) {
      process.destroyForcibly();
      throw e;
    }
  }

  /** A new tab of {@code width} x {@code height} CSS pixels, a phone's if {@code mobile}. */
  BrowserPage open(int width, int height, boolean mobile) throws Exception {
    String target =
        send(null, "Target.createTarget", json().put("url", "about:blank"))
            .get("targetId")
            .asText();
    String session =
        send(null, "Target.attachToTarget", json().put("targetId", target).put("flatten", true))
            .get("sessionId")
            .asText();
    send(
        session,
        "Emulation.setDeviceMetricsOverride",
        json()
            .put("width", width)
            .put("height", height)
            .put("deviceScaleFactor", 1)
            .put("mobile", mobile));
    return new BrowserPage(this, session, target);
  }

  /** Sends a DevTools command, to a page's {@code session} or the browser; returns its result. */
  JsonNode send(String session, String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = json().put("id", id).put("method", method);
    message.set("params", params);
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    waiting.put(id, answer);
    synchronized (socket) {
      socket.sendText(JsonTrees.MAPPER.writeValueAsString(message), true).get();
    }
    JsonNode reply;
    try {
      reply = answer.get(ANSWER.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("Chromium did not answer " + method + " within " + ANSWER, e);
    } catch (ExecutionException e) {
      throw new AssertionError("Chromium's connection failed during " + method, e.getCause());
    } finally {
      waiting.remove(id);
    }
    if (reply.has("error")) {
      throw new AssertionError(method + " failed: " + reply.get("error"));
    }
    return reply.get("result");
  }

  static ObjectNode json() {
    return JsonTrees.MAPPER.createObjectNode();
  }

  private void received(String text) {
    try {
      JsonNode message = JsonTrees.MAPPER.readTree(text);
      if (message.has("id")) {
        CompletableFuture<JsonNode> answer = waiting.get(message.get("id").asInt());
        if (answer != null) {
          answer.complete(message);
        }
      }
    } catch (IOException e) {
      waiting.values().forEach(answer -> answer.completeExceptionally(e));
    }
  }

  /** Closes the browser and waits for its process to end (killing it if it will not). */
  @Override
  public void close() throws Exception {
    try {
      send(null, "Browser.close", json());
    } catch (AssertionError | ExecutionException e) {
      // It may close the connection before it answers: the process ending is what counts.
    } finally {
      socket.abort();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
      }
    }
  }

  private static String executable() {
    List<String> candidates = new ArrayList<>();
    String configured = System.getenv("CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      candidates.add(configured);
    }
    candidates.addAll(
        List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
    for (String candidate : candidates) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    String message =
        "No Chromium found (tried "
            + candidates
            + "); install Debian's chromium package (.ci/install-chromium) or set CHROMIUM";
    if ("true".equals(System.getenv("CI"))) {
      fail(message);
    }
    Assumptions.abort(message);
    return null;
  }

  /** Puts a message's fragments together and hands it to the browser. */
  private static final class Listener implements WebSocket.Listener {

    private final StringBuilder text = new StringBuilder();
    private volatile HeadlessChromium browser;

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String message = text.toString();
        text.setLength(0);
        browser.received(message);
      }
      socket.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
      if (browser != null) {
        browser.waiting.values().forEach(answer -> answer.completeExceptionally(error));
      }
    }
  }
}
