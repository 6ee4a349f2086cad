package fr.engagements.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * A decision table of {@code processes/}, read from the classpath and evaluated by a standalone DMN
 * engine (no process engine, no Spring) that reports which rows matched: under the table's own hit
 * policy (the rows that decided) and under COLLECT (every row whose conditions hold).
 */
public final class DecisionTables {

  private static final Capture CAPTURE = new Capture();
  private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
      .customPostDecisionTableEvaluationListeners(List.of(CAPTURE))
      .buildEngine();

  private DecisionTables() {
  }

  /** One row of a table: its id, 1-based position as Modeler shows it, and description. */
  public record Row(String id, int number, String description) {

    @Override
    public String toString() {
      return "row " + number + " (" + id + (description.isBlank() ? "" : " « " + description + " »") + ")";
    }
  }

  /** What one evaluation gave. */
  public record Evaluation(List<String> decidedBy, List<String> matching, List<Map<String, Object>> outputs) {
  }

  /** A parsed table, ready to evaluate. */
  public static final class Table {
    private final String resource;
    private final String key;
    private final HitPolicy hitPolicy;
    private final List<Row> rows;
    private final DmnDecision decision;
    private final DmnDecision collecting;

    private Table(String resource, String key) {
      this.resource = resource;
      this.key = key;
      DmnModelInstance model = read(resource);
      Decision element = model.getModelElementById(key);
      if (element == null || !(element.getExpression() instanceof DecisionTable table)) {
        throw new IllegalArgumentException(resource + " has no decision table " + key);
      }
      this.hitPolicy = table.getHitPolicy();
      List<Row> list = new ArrayList<>();
      int number = 1;
      for (Rule rule : table.getRules()) {
        String description = rule.getDescription() == null ? "" : rule.getDescription().getTextContent().trim();
        list.add(new Row(rule.getId(), number++, description));
      }
      this.rows = List.copyOf(list);
      this.decision = ENGINE.parseDecision(key, model);
      table.setHitPolicy(HitPolicy.COLLECT);
      this.collecting = ENGINE.parseDecision(key, model);
    }

    public String key() {
      return key;
    }

    public String resource() {
      return resource;
    }

    public HitPolicy hitPolicy() {
      return hitPolicy;
    }

    public List<Row> rows() {
      return rows;
    }

    public Row row(String id) {
      return rows.stream().filter(r -> r.id().equals(id)).findFirst()
          .orElseThrow(() -> new AssertionError(key + " has no row " + id + "; its rows are " + rows));
    }

    public String describe(List<String> ids) {
      return ids.isEmpty() ? "no row" : ids.stream().map(this::row).map(Row::toString).collect(Collectors.joining(", "));
    }

    public synchronized Evaluation evaluate(Map<String, Object> inputs) {
      var result = ENGINE.evaluateDecision(decision, new LinkedHashMap<>(inputs));
      List<String> decidedBy = CAPTURE.ids();
      ENGINE.evaluateDecision(collecting, new LinkedHashMap<>(inputs));
      List<String> matching = CAPTURE.ids();
      List<Map<String, Object>> outputs = new ArrayList<>();
      for (DmnDecisionResultEntries entries : result) {
        outputs.add(new LinkedHashMap<>(entries.getEntryMap()));
      }
      return new Evaluation(decidedBy, matching, outputs);
    }
  }

  /** The decision table {@code key} of the classpath resource {@code processes/<file>}. */
  public static Table of(String resource, String key) {
    return new Table(resource, key);
  }

  static DmnModelInstance read(String resource) {
    try (InputStream in = DecisionTables.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(resource + " is not on the classpath");
      }
      return Dmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Capture implements DmnDecisionTableEvaluationListener {
    private final ThreadLocal<List<String>> last = new ThreadLocal<>();

    @Override
    public void notify(DmnDecisionTableEvaluationEvent event) {
      last.set(event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList());
    }

    List<String> ids() {
      List<String> ids = last.get();
      last.remove();
      return ids == null ? List.of() : ids;
    }
  }
}
