package org.paperdigest.maven.action;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A composite action's metadata ({@code action.yml}) read as the runner reads it: its inputs with
 * their defaults, and its steps with the expressions they hold, evaluated the way the runner does
 * for the few forms a step of ours uses ({@code inputs.*}, {@code steps.*.outputs.*}, and {@code
 * ==}/{@code !=} against a string in {@code if}). A form outside those fails the test, so the
 * action cannot grow one the tests would not run.
 */
public record ActionSteps(Map<String, String> defaults, List<Step> steps, JsonNode outputs) {

  static final ObjectMapper YAML =
      new ObjectMapper(
          new YAMLFactory()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.*?)\\s*}}");
  private static final Pattern CONDITION =
      Pattern.compile("steps\\.([\\w-]+)\\.outputs\\.([\\w-]+) (==|!=) '([^']*)'");

  /** One step: a shell command ({@code run}) or an action ({@code uses}), as written. */
  public record Step(
      String id,
      String condition,
      String uses,
      String run,
      Map<String, String> env,
      JsonNode with) {}

  /** The action at {@code file}. */
  public static ActionSteps read(Path file) throws IOException {
    JsonNode action = YAML.readTree(file.toFile());
    if (!action.at("/runs/using").asText().equals("composite")) {
      throw new IllegalArgumentException(file + " is not a composite action");
    }
    Map<String, String> defaults = new LinkedHashMap<>();
    action
        .get("inputs")
        .fields()
        .forEachRemaining(e -> defaults.put(e.getKey(), text(e.getValue().get("default"))));
    List<Step> steps = new ArrayList<>();
    for (JsonNode step : action.at("/runs/steps")) {
      Map<String, String> env = new LinkedHashMap<>();
      if (step.has("env")) {
        step.get("env").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
      }
      steps.add(
          new Step(
              text(step.get("id")),
              text(step.get("if")),
              text(step.get("uses")),
              text(step.get("run")),
              env,
              step.get("with")));
    }
    return new ActionSteps(defaults, steps, action.get("outputs"));
  }

  /**
   * The inputs a step of a workflow gives the action: its {@code with}, over the action's defaults;
   * an input the action does not declare fails, as it makes the runner warn.
   */
  public Map<String, String> inputs(JsonNode with) {
    Map<String, String> inputs = new LinkedHashMap<>(defaults);
    if (with != null) {
      with.fields()
          .forEachRemaining(
              e -> {
                if (!defaults.containsKey(e.getKey())) {
                  throw new IllegalArgumentException("the action has no input " + e.getKey());
                }
                inputs.put(e.getKey(), e.getValue().asText());
              });
    }
    return inputs;
  }

  /** {@code text} with its expressions replaced by their values. */
  public static String evaluate(
      String text, Map<String, String> inputs, Map<String, Map<String, String>> outputs) {
    Matcher m = EXPRESSION.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), inputs, outputs)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Whether a step with {@code condition} runs, given the outputs of the steps before it. */
  public static boolean runs(String condition, Map<String, Map<String, String>> outputs) {
    if (condition.isEmpty()) {
      return true;
    }
    Matcher m = CONDITION.matcher(condition.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("a condition the tests cannot evaluate: " + condition);
    }
    String actual = outputs.getOrDefault(m.group(1), Map.of()).getOrDefault(m.group(2), "");
    return actual.equals(m.group(4)) == m.group(3).equals("==");
  }

  private static String value(
      String expression, Map<String, String> inputs, Map<String, Map<String, String>> outputs) {
    String[] parts = expression.split("\\.");
    if (parts.length == 2 && parts[0].equals("inputs") && inputs.containsKey(parts[1])) {
      return inputs.get(parts[1]);
    }
    if (parts.length == 4 && parts[0].equals("steps") && parts[2].equals("outputs")) {
      return outputs.getOrDefault(parts[1], Map.of()).getOrDefault(parts[3], "");
    }
    throw new IllegalArgumentException("an expression the tests cannot evaluate: " + expression);
  }

  /**
   * The action as a reusable workflow of one job, which actionlint checks as it checks any
   * workflow: its inputs as the workflow's, its steps as the job's, its outputs as the job's and
   * the workflow's. {@code GITHUB_ACTION_PATH} stays a variable of the shell.
   */
  public static String asWorkflow(Path file) throws IOException {
    JsonNode action = YAML.readTree(file.toFile());
    ObjectNode workflow = YAML.createObjectNode();
    workflow.put("name", action.get("name").asText());
    ObjectNode call = workflow.putObject("on").putObject("workflow_call");
    ObjectNode inputs = call.putObject("inputs");
    action
        .get("inputs")
        .fields()
        .forEachRemaining(
            e -> {
              ObjectNode input = inputs.putObject(e.getKey());
              input.put("description", e.getValue().get("description").asText());
              input.put("type", "string");
              input.put("required", e.getValue().path("required").asBoolean(false));
              input.put("default", text(e.getValue().get("default")));
            });
    ObjectNode workflowOutputs = call.putObject("outputs");
    ObjectNode job = workflow.putObject("jobs").putObject("action");
    job.put("runs-on", "ubuntu-latest");
    ObjectNode jobOutputs = job.putObject("outputs");
    action
        .get("outputs")
        .fields()
        .forEachRemaining(
            e -> {
              jobOutputs.put(e.getKey(), e.getValue().get("value").asText());
              ObjectNode output = workflowOutputs.putObject(e.getKey());
              output.put("description", e.getValue().get("description").asText());
              output.put("value", "${{ jobs.action.outputs." + e.getKey() + " }}");
            });
    job.set("steps", action.at("/runs/steps"));
    return YAML.writeValueAsString(workflow);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? "" : node.asText();
  }
}
