package fr.engagements.cer.jury;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.engagements.process.CaseInputException;

/**
 * The session's forms send their lists as JSON strings (one variable per task: the agenda is data, not a fixed set of
 * fields); this reads them, and refuses a malformed one in French with the variable's name.
 */
final class SessionForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SessionForms() {
  }

  /** What a process variable of type String may hold in the engine's tables ({@code TEXT_ varchar(4000)}). */
  static final int STORABLE_STRING = 4000;

  /**
   * A session form's JSON (votes, links, minutes) is kept in the jury's tables, never needed as a process variable: the
   * forms send it transient. A client that sends it as a stored variable longer than the engine's column gets a 400 that
   * says how to send it, instead of the database's error at the commit.
   */
  static void storable(org.camunda.bpm.engine.delegate.DelegateTask task, String variable, String label) {
    org.camunda.bpm.engine.variable.value.TypedValue value = task.getVariableTyped(variable);
    if (value != null && !value.isTransient() && value.getValue() instanceof String s && s.length() > STORABLE_STRING) {
      throw CaseInputException.badRequest(label + " (" + variable + ") dépasse " + STORABLE_STRING + " caractères : envoyez-la"
          + " comme variable transitoire (valueInfo.transient = true), comme le fait le formulaire de Tasklist.");
    }
  }

  static List<JsonNode> array(String variable, String raw, String label) {
    if (raw == null || raw.isBlank()) {
      throw CaseInputException.badRequest(label + " (" + variable + ") est obligatoire.");
    }
    JsonNode node;
    try {
      node = JSON.readTree(raw);
    } catch (Exception e) {
      throw CaseInputException.badRequest(label + " (" + variable + ") n'est pas une liste JSON valide.");
    }
    if (!node.isArray()) {
      throw CaseInputException.badRequest(label + " (" + variable + ") doit être une liste JSON.");
    }
    List<JsonNode> list = new ArrayList<>();
    node.forEach(list::add);
    return list;
  }

  static String text(JsonNode object, String field) {
    JsonNode value = object.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  static List<String> strings(String variable, String raw, String label) {
    return array(variable, raw, label).stream().map(n -> {
      if (!n.isTextual()) {
        throw CaseInputException.badRequest(label + " (" + variable + ") doit être une liste d'identifiants.");
      }
      return n.asText();
    }).toList();
  }

  static Map<String, String> byBusinessKey(String variable, String raw, String label, String field) {
    Map<String, String> map = new LinkedHashMap<>();
    for (JsonNode n : array(variable, raw, label)) {
      String key = text(n, "businessKey");
      if (key == null) {
        throw CaseInputException.badRequest(label + " (" + variable + ") : chaque élément donne le numéro de la candidature"
            + " (businessKey).");
      }
      map.put(key, text(n, field));
    }
    return map;
  }
}
