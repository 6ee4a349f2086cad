package fr.engagements.process;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest version of a DMN table and says which version decided, so that every
 * automated decision can name its rules (CRPA L311-3-1).
 */
@Component
public class Decisions {

  private final RepositoryService repository;
  private final DecisionService decisionService;
  /**
   * A DMN engine of its own, without the process engine's history listener: a self-check evaluates the
   * deployed table but must leave no trace (no historic decision instance holding someone's answers).
   */
  private final DmnEngine unrecorded = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  /** Parsed deployed tables, by decision definition id (a deployed version never changes). */
  private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

  Decisions(@Lazy RepositoryService repository, @Lazy DecisionService decisionService) {
    this.repository = repository;
    this.decisionService = decisionService;
  }

  /** One matched row of a table whose hit policy yields a single result. */
  public record Decided(String key, int version, String definitionId, Map<String, Object> outputs) {

    public <T> T get(String output, Class<T> type) {
      return type.cast(outputs.get(output));
    }

    public String describe() {
      return key + " v" + version;
    }
  }

  public Decided evaluateSingle(String decisionKey, Map<String, Object> inputs) {
    DecisionDefinition definition = latest(decisionKey);
    DmnDecisionResultEntries row = decisionService.evaluateDecisionById(definition.getId())
        .variables(inputs).evaluate().getSingleResult();
    if (row == null) {
      throw new IllegalStateException(decisionKey + " v" + definition.getVersion() + " matched no rule for " + inputs);
    }
    return new Decided(decisionKey, definition.getVersion(), definition.getId(), Map.copyOf(withoutNulls(row)));
  }

  /**
   * Evaluates the same latest deployed version as {@link #evaluateSingle}, but stores nothing: no history,
   * no engine command. For questions asked before any case exists (the eligibility self-check).
   */
  public Decided evaluateUnrecorded(String decisionKey, Map<String, Object> inputs) {
    DecisionDefinition definition = latest(decisionKey);
    DmnDecision decision = parsed.computeIfAbsent(definition.getId(),
        id -> unrecorded.parseDecision(decisionKey, repository.getDecisionModel(id)));
    Map<String, Object> row = unrecorded.evaluateDecisionTable(decision, inputs).getSingleResult();
    if (row == null) {
      throw new IllegalStateException(decisionKey + " v" + definition.getVersion() + " matched no rule for " + inputs);
    }
    return new Decided(decisionKey, definition.getVersion(), definition.getId(), Map.copyOf(withoutNulls(row)));
  }

  private DecisionDefinition latest(String decisionKey) {
    DecisionDefinition definition = repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(decisionKey).latestVersion().singleResult();
    if (definition == null) {
      throw new IllegalStateException("Decision table " + decisionKey + " is not deployed");
    }
    return definition;
  }

  private static Map<String, Object> withoutNulls(Map<String, Object> row) {
    Map<String, Object> copy = new HashMap<>();
    row.forEach((k, v) -> {
      if (v != null) {
        copy.put(k, v);
      }
    });
    return copy;
  }
}
