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
