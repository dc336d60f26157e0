package org.paperdigest.maven.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperdigest.maven.report.HeadlessChromium.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.paperdigest.maven.output.JsonTrees;

/**
 * One tab of {@link HeadlessChromium}: what the tests ask of the page (script evaluated from
 * outside, which the page's Content-Security-Policy does not govern) and do to it (real mouse
 * clicks and key presses, as a user's).
 */
final class BrowserPage implements AutoCloseable {

  private final HeadlessChromium browser;
  private final String session;
  private final String target;

  BrowserPage(HeadlessChromium browser, String session, String target) {
    this.browser = browser;
    this.session = session;
    this.target = target;
  }

  /**
   * Opens {@code url} and waits until the report's script says it is ready; returns the
   * milliseconds from the start of navigation until the first frame drawn after that.
   */
  double load(String url) throws Exception {
    browser.send(session, "Page.navigate", json().put("url", url));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!evaluate(
            "document.readyState === 'complete'"
                + " && document.documentElement.getAttribute('data-report-ready') === 'true'")
        .asBoolean()) {
      assertThat(System.nanoTime()).as("the report is ready within 60 s").isLessThan(deadline);
      Thread.sleep(20);
    }
    // performance.now() counts from the start of navigation. Measured from here, after polling,
    // it is an upper bound by up to a poll's interval.
    return evaluate(
            "new Promise(done => requestAnimationFrame(() => setTimeout("
                + "() => done(performance.now()), 0)))")
        .asDouble();
  }

  /** Waits until a script expression is true; fails after 10 s. */
  void waitFor(String condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!evaluate(condition).asBoolean()) {
      assertThat(System.nanoTime()).as("within 10 s: %s", condition).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  /** The value of a script expression (a promise's is awaited), as JSON. */
  JsonNode evaluate(String expression) throws Exception {
    ObjectNode params =
        json().put("expression", expression).put("returnByValue", true).put("awaitPromise", true);
    JsonNode result = browser.send(session, "Runtime.evaluate", params);
    if (result.has("exceptionDetails")) {
      throw new AssertionError("script failed: " + result.get("exceptionDetails"));
    }
    JsonNode value = result.get("result").get("value");
    return value == null ? JsonTrees.MAPPER.nullNode() : value;
  }

  /** Clicks the middle of the first element {@code selector} matches, scrolled into view. */
  void click(String selector) throws Exception {
    JsonNode box =
        evaluate(
            "(() => { const e = document.querySelector("
                + JsonTrees.MAPPER.writeValueAsString(selector)
                + "); if (!e) return null; e.scrollIntoView({block: 'center'});"
                + " const r = e.getBoundingClientRect();"
                + " return {x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2}; })()");
    assertThat(box.isNull()).as("an element matches %s", selector).isFalse();
    ObjectNode event =
        json()
            .put("x", box.get("x").asDouble())
            .put("y", box.get("y").asDouble())
            .put("button", "left")
            .put("clickCount", 1);
    browser.send(session, "Input.dispatchMouseEvent", event.deepCopy().put("type", "mouseMoved"));
    browser.send(session, "Input.dispatchMouseEvent", event.deepCopy().put("type", "mousePressed"));
    browser.send(
        session, "Input.dispatchMouseEvent", event.deepCopy().put("type", "mouseReleased"));
  }

  /** Presses and releases a key: {@code Tab}, {@code Enter}, {@code Space}, {@code ArrowDown}. */
  void press(String key) throws Exception {
    ObjectNode down =
        switch (key) {
          case "Tab" -> json().put("key", "Tab").put("code", "Tab").put("windowsVirtualKeyCode", 9);
          case "Enter" ->
              json()
                  .put("key", "Enter")
                  .put("code", "Enter")
                  .put("windowsVirtualKeyCode", 13)
                  .put("text", "\r");
          case "Space" ->
              json().put("key", " ").put("code", "Space").put("windowsVirtualKeyCode", 32);
          case "ArrowDown" ->
              json()
                  .put("key", "ArrowDown")
                  .put("code", "ArrowDown")
                  .put("windowsVirtualKeyCode", 40);
          default -> throw new IllegalArgumentException("no such key here: " + key);
        };
    ObjectNode up = down.deepCopy().put("type", "keyUp");
    up.remove("text");
    if (key.equals("Space")) {
      down.put("text", " ");
    }
    browser.send(session, "Input.dispatchKeyEvent", down.put("type", "keyDown"));
    browser.send(session, "Input.dispatchKeyEvent", up);
  }

  /** Types {@code text} into the focused element, as an input method would. */
  void type(String text) throws Exception {
    browser.send(session, "Input.insertText", json().put("text", text));
  }

  /** Presses Tab until the focused element matches {@code selector}; fails after {@code most}. */
  void tabTo(String selector, int most) throws Exception {
    String matches =
        "document.activeElement && document.activeElement.matches("
            + JsonTrees.MAPPER.writeValueAsString(selector)
            + ")";
    for (int i = 0; i < most && !evaluate(matches).asBoolean(); i++) {
      press("Tab");
    }
    assertThat(evaluate(matches).asBoolean())
        .as("Tab reaches %s within %d presses", selector, most)
        .isTrue();
  }

  /** Saves what the screen shows, as a PNG. */
  Path screenshot(Path file) throws Exception {
    JsonNode shot = browser.send(session, "Page.captureScreenshot", json().put("format", "png"));
    Files.createDirectories(file.getParent());
    return Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
  }

  @Override
  public void close() throws Exception {
    browser.send(null, "Target.closeTarget", json().put("targetId", target));
  }
}
