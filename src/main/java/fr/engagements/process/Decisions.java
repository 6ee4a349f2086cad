package fr.engagements.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
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
    DecisionDefinition definition = repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(decisionKey).latestVersion().singleResult();
    if (definition == null) {
      throw new IllegalStateException("Decision table " + decisionKey + " is not deployed");
    }
    DmnDecisionResultEntries row = decisionService.evaluateDecisionById(definition.getId())
        .variables(inputs).evaluate().getSingleResult();
    if (row == null) {
      throw new IllegalStateException(decisionKey + " v" + definition.getVersion() + " matched no rule for " + inputs);
    }
    return new Decided(decisionKey, definition.getVersion(), definition.getId(), Map.copyOf(withoutNulls(row)));
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
