package fr.engagements.web;

import fr.engagements.casefile.CurrentUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.engagements.casefile.Groups;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.InputPolicies;
import fr.engagements.process.MessagePolicy;
import fr.engagements.process.StartPolicy;
import fr.engagements.process.TaskPolicy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Guards what clients send to the engine over HTTP ({@code /engine-rest} and the webapps' own
 * {@code /camunda/api/engine}): a start, a task completion or a message may carry only the variables
 * its policy names (the system's decisions — fundingDecision, outcome, allowancePaidCents… — are never
 * taken from a client), and the engine's refusals ({@link CaseInputException}) become 4xx answers with
 * their reasons instead of 500. Endpoints that write variables directly, modify or migrate instances,
 * or skip listeners are for administrators only. The engine's refusals to take, give back or hand over a
 * task (claim, unclaim, assignee, delegate) are answered in French, without the engine's internal ids.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class CaseInputGuardFilter extends OncePerRequestFilter {

  static final long MAX_BODY_BYTES = 64L * 1024 * 1024;
  private static final Pattern ENGINE_API = Pattern.compile("^(?:/engine-rest|/camunda/api/engine)(?:/engine/[^/]+)?(/.*)$");
  private static final Pattern START_BY_KEY =
      Pattern.compile("^/process-definition/key/([^/]+)(?:/tenant-id/[^/]+)?/(?:start|submit-form)$");
  private static final Pattern START_BY_ID = Pattern.compile("^/process-definition/([^/]+)/(?:start|submit-form)$");
  private static final Pattern COMPLETE = Pattern.compile("^/task/([^/]+)/(?:complete|submit-form)$");
  private static final Pattern MESSAGE = Pattern.compile("^/message$");
  /** A document's content, read from a case or a task. */
  private static final Pattern DOCUMENT = Pattern.compile("^/(?:process-instance|task|execution)/[^/]+/(?:local)?[vV]ariables/[^/]+/data$");
  /** The engine's refusal of a typed value it cannot convert. */
  private static final Pattern CONVERSION = Pattern.compile("Cannot convert value '([^']{0,80})[^']*' of type '(\\w+)'");
  private static final Pattern ASSIGNMENT = Pattern.compile("^/task/([^/]+)/(claim|unclaim|assignee|delegate)$");
  private static final List<Pattern> ADMIN_ONLY = List.of(
      Pattern.compile("^/(?:task|process-instance|execution|case-instance|case-execution)/[^/]+/(?:variables|localVariables)(?:/.*)?$"),
      Pattern.compile("^/task/[^/]+/(?:resolve|bpmnError|bpmnEscalation)$"),
      Pattern.compile("^/process-instance/[^/]+/(?:modification|modification-async|suspended)$"),
      Pattern.compile("^/process-instance/(?:delete|delete-historic-query-based|job-retries|job-retries-historic-query-based|variables-async|suspended|suspended-async|message-async|correlation)$"),
      Pattern.compile("^/(?:modification|migration|restart)(?:/.*)?$"),
      Pattern.compile("^/process-definition/[^/]+/(?:restart|restart-async)$"),
      Pattern.compile("^/(?:signal|condition)$"),
      Pattern.compile("^/execution/[^/]+/(?:signal|messageSubscriptions/.*)$"),
      Pattern.compile("^/deployment(?:/.*)?$"));
  private static final Set<String> START_OPTIONS_FOR_ADMINS = Set.of("startInstructions", "skipCustomListeners", "skipIoMappings");

  private final ObjectMapper json;
  private final InputPolicies policies;
  private final IdentityService identity;
  private final TaskService tasks;
  private final RepositoryService repository;

  CaseInputGuardFilter(ObjectMapper json, InputPolicies policies, @Lazy IdentityService identity, @Lazy TaskService tasks,
      @Lazy RepositoryService repository) {
    this.json = json;
    this.policies = policies;
    this.identity = identity;
    this.tasks = tasks;
    this.repository = repository;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String method = request.getMethod();
    Matcher api = ENGINE_API.matcher(pathOf(request));
    if (!api.matches()) {
      return true;
    }
    // reads pass, but for a document's content: its refusal is put in French (doFilterInternal)
    return "GET".equals(method) ? !DOCUMENT.matcher(api.group(1)).matches() : "HEAD".equals(method) || "OPTIONS".equals(method);
  }

  private static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher api = ENGINE_API.matcher(pathOf(request));
    api.matches();
    String path = api.group(1);
    if ("GET".equals(request.getMethod())) {
      // a document's content (shouldNotFilter): refused by the engine, it is answered in French, without internal ids
      ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, wrapped);
      mapEngineRefusal(wrapped);
      wrapped.copyBodyToResponse();
      return;
    }
    CurrentUser user = CurrentUser.of(identity);
    if (ADMIN_ONLY.stream().anyMatch(p -> p.matcher(path).matches())) {
      if (!user.isAdmin()) {
        refuse(response, 403, "Cette opération (" + request.getMethod() + " " + path + ") est réservée aux administrateurs.");
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    Matcher assignment = ASSIGNMENT.matcher(path);
    if (assignment.matches()) {
      ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, wrapped);
      mapAssignmentRefusal(wrapped, assignment.group(2), user.isAnonymous() ? sessionUser(request) : user);
      wrapped.copyBodyToResponse();
      return;
    }
    Optional<Check> check = checkFor(path, user);
    if (check.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      refuse(response, 413, "La requête dépasse " + (MAX_BODY_BYTES / 1024 / 1024) + " Mio.");
      return;
    }
    byte[] body = request.getInputStream().readNBytes((int) MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      refuse(response, 413, "La requête dépasse " + (MAX_BODY_BYTES / 1024 / 1024) + " Mio.");
      return;
    }
    ObjectNode root;
    try {
      JsonNode parsed = body.length == 0 ? json.createObjectNode() : json.readTree(body);
      if (!(parsed instanceof ObjectNode object)) {
        refuse(response, 400, "Le corps de la requête doit être un objet JSON.");
        return;
      }
      root = object;
    } catch (JsonProcessingException e) {
      refuse(response, 400, "Le corps de la requête n'est pas du JSON valide : " + e.getOriginalMessage());
      return;
    }
    try {
      check.get().apply(root);
    } catch (CaseInputException e) {
      refuse(response, e.status(), String.join(" ; ", e.reasons()));
      return;
    }
    ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
    chain.doFilter(new CachedBodyRequest(request, json.writeValueAsBytes(root)), wrapped);
    mapEngineRefusal(wrapped);
    wrapped.copyBodyToResponse();
  }

  /** A check of one request body; it may rewrite the body (dropping empty documents and harmless echoes). */
  @FunctionalInterface
  private interface Check {
    void apply(ObjectNode body);
  }

  private Optional<Check> checkFor(String path, CurrentUser user) {
    Matcher m;
    if ((m = START_BY_KEY.matcher(path)).matches()) {
      String key = m.group(1);
      return Optional.of(body -> checkStart(key, body, user));
    }
    if ((m = START_BY_ID.matcher(path)).matches()) {
      String id = m.group(1);
      return Optional.of(body -> checkStart(processKeyOfDefinition(id), body, user));
    }
    if ((m = COMPLETE.matcher(path)).matches()) {
      String taskId = m.group(1);
      return Optional.of(body -> checkCompletion(taskId, body));
    }
    if (MESSAGE.matcher(path).matches()) {
      return Optional.of(this::checkMessage);
    }
    return Optional.empty();
  }

  private void checkStart(String processKey, ObjectNode body, CurrentUser user) {
    for (String option : START_OPTIONS_FOR_ADMINS) {
      JsonNode value = body.get(option);
      if (value != null && !value.isNull() && !(value.isBoolean() && !value.asBoolean()) && !user.isAdmin()) {
        throw CaseInputException.forbidden("L'option « " + option + " » est réservée aux administrateurs.");
      }
    }
    Optional<StartPolicy> policy = policies.start(processKey);
    if (policy.isEmpty()) {
      if (user.isAdmin()) {
        return;
      }
      throw CaseInputException.forbidden("Le processus « " + processKey + " » ne se démarre pas par l'interface.");
    }
    ObjectNode variables = variables(body, "variables");
    dropEmptyDocuments(variables);
    Set<String> unknown = namesOutside(variables, policy.get().startVariables());
    if (!unknown.isEmpty()) {
      throw CaseInputException.badRequest("Variables non acceptées au démarrage de « " + processKey + " » : "
          + String.join(", ", unknown) + ". Acceptées : " + String.join(", ", new TreeSet<>(policy.get().startVariables())) + ".");
    }
  }

  private void checkCompletion(String taskId, ObjectNode body) {
    Task task = asSystem(() -> tasks.createTaskQuery().taskId(taskId).singleResult());
    if (task == null) {
      return; // the REST API answers 404 itself
    }
    String processKey = task.getProcessDefinitionId() == null ? "" : processKeyOfDefinition(task.getProcessDefinitionId());
    Optional<TaskPolicy> policy = policies.task(processKey, task.getTaskDefinitionKey());
    Set<String> allowed = policy.map(TaskPolicy::completionVariables).orElse(Set.of());
    ObjectNode variables = variables(body, "variables");
    dropEmptyDocuments(variables);
    List<String> refused = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      if (allowed.contains(variable.getKey())) {
        continue;
      }
      if (isEcho(taskId, variable.getKey(), variable.getValue())) {
        it.remove(); // a form sending back a value it displayed changes nothing
      } else {
        refused.add(variable.getKey());
      }
    }
    if (!refused.isEmpty()) {
      throw CaseInputException.badRequest("Variables non modifiables à l'étape « " + task.getTaskDefinitionKey() + " » : "
          + String.join(", ", refused) + (allowed.isEmpty() ? "." : ". Acceptées : " + String.join(", ", new TreeSet<>(allowed)) + "."));
    }
  }

  private void checkMessage(ObjectNode body) {
    String name = body.path("messageName").asText("");
    MessagePolicy policy = policies.message(name)
        .orElseThrow(() -> CaseInputException.badRequest("Message inconnu ou non ouvert aux clients : « " + name + " »."));
    if (body.path("businessKey").asText("").isBlank()) {
      throw CaseInputException.badRequest("Le message « " + name + " » doit désigner un dossier par sa clé métier (businessKey).");
    }
    if (body.path("all").asBoolean(false)) {
      throw CaseInputException.badRequest("Le message « " + name + " » ne s'adresse qu'à un seul dossier (all=true refusé).");
    }
    for (String field : List.of("correlationKeys", "localCorrelationKeys", "processVariablesLocal", "processVariablesToTriggeredScope")) {
      if (body.path(field).size() > 0) {
        throw CaseInputException.badRequest("Le champ « " + field + " » n'est pas accepté pour le message « " + name + " ».");
      }
    }
    ObjectNode carried = variables(body, "processVariables");
    dropEmptyDocuments(carried);
    Set<String> unknown = namesOutside(carried, policy.variables());
    if (!unknown.isEmpty()) {
      throw CaseInputException.badRequest("Variables non acceptées avec le message « " + name + " » : " + String.join(", ", unknown)
          + (policy.variables().isEmpty() ? " (ce message n'en porte aucune)." : ". Acceptées : " + String.join(", ", new TreeSet<>(policy.variables())) + "."));
    }
  }

  private ObjectNode variables(ObjectNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return json.createObjectNode();
    }
    if (!(node instanceof ObjectNode object)) {
      throw CaseInputException.badRequest("« " + field + " » doit être un objet JSON.");
    }
    return object;
  }

  private static Set<String> namesOutside(ObjectNode variables, Set<String> allowed) {
    Set<String> unknown = new TreeSet<>();
    variables.fieldNames().forEachRemaining(name -> {
      if (!allowed.contains(name)) {
        unknown.add(name);
      }
    });
    return unknown;
  }

  /**
   * A file input left empty by a form arrives as an empty File: it means "no document", not an empty
   * one. Any other document must be base64 with a file name (the REST API would answer 500 otherwise).
   */
  private static void dropEmptyDocuments(ObjectNode variables) {
    List<String> problems = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      JsonNode value = variable.getValue();
      if (!"file".equalsIgnoreCase(value.path("type").asText())) {
        continue;
      }
      String content = value.path("value").asText("");
      if (content.isEmpty()) {
        it.remove();
        continue;
      }
      if (value.path("valueInfo").path("filename").asText("").isBlank()) {
        problems.add("Le document « " + variable.getKey() + " » doit avoir un nom de fichier (valueInfo.filename).");
      }
      try {
        Base64.getMimeDecoder().decode(content);
      } catch (IllegalArgumentException e) {
        problems.add("Le document « " + variable.getKey() + " » n'est pas encodé en base64.");
      }
    }
    if (!problems.isEmpty()) {
      throw new CaseInputException(400, problems);
    }
  }

  private boolean isEcho(String taskId, String name, JsonNode submitted) {
    if ("file".equalsIgnoreCase(submitted.path("type").asText())) {
      return false;
    }
    Object current = asSystem(() -> tasks.getVariable(taskId, name));
    JsonNode value = submitted.get("value");
    if (current == null) {
      return value == null || value.isNull();
    }
    if (value == null || value.isNull() || value.isContainerNode()) {
      return false;
    }
    return (current instanceof String || current instanceof Number || current instanceof Boolean)
        && String.valueOf(current).equals(value.asText());
  }

  private String processKeyOfDefinition(String definitionId) {
    ProcessDefinition definition = asSystem(() -> repository.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult());
    return definition == null ? "" : definition.getKey();
  }

  /** Lookups for the guard itself run without the caller's authorizations. */
  private <T> T asSystem(Supplier<T> lookup) {
    var auth = identity.getCurrentAuthentication();
    try {
      identity.clearAuthentication();
      return lookup.get();
    } finally {
      if (auth != null) {
        identity.setAuthentication(auth);
      }
    }
  }

  /** The engine wraps listener exceptions: find our refusal in the error body and answer with its status and reasons. */
  private void mapEngineRefusal(ContentCachingResponseWrapper response) throws IOException {
    if (response.getStatus() < 400) {
      return;
    }
    String text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    if (response.getStatus() == 403 && text.contains("\"AuthorizationException\"")) {
      // the engine's refusal names internal ids in English: say it in French, without them
      response.resetBuffer();
      writeError(response, NOT_OFFERED);
      return;
    }
    Matcher conversion = CONVERSION.matcher(text);
    if (response.getStatus() == 400 && conversion.find()) {
      // the engine could not read a typed value (« Cannot convert value 'abc' of type 'Integer' … »): say it in French
      response.resetBuffer();
      writeError(response, "La valeur « " + conversion.group(1) + " » n'est pas du type annoncé (" + conversion.group(2)
          + ") : corrigez la valeur ou son type.");
      return;
    }
    int marker = text.indexOf(CaseInputException.MARKER + "(");
    if (marker < 0) {
      return;
    }
    JsonNode error;
    try {
      error = json.readTree(text);
    } catch (IOException e) {
      return;
    }
    String message = error.path("message").asText("");
    Matcher m = Pattern.compile(Pattern.quote(CaseInputException.MARKER) + "\\((\\d{3})\\): (.*)$", Pattern.DOTALL).matcher(message);
    if (!m.find()) {
      return;
    }
    // the engine quotes a task listener's message: ENGINE-03051 … Message: 'CASE-REFUSED(400): …'
    String reasons = m.group(2).strip();
    if (message.contains("'" + CaseInputException.MARKER) && reasons.endsWith("'")) {
      reasons = reasons.substring(0, reasons.length() - 1);
    }
    response.resetBuffer();
    response.setStatus(Integer.parseInt(m.group(1)));
    writeError(response, reasons);
  }

  /** What a user is told when the engine refuses them a task or a case (another institution's, a recused juror…). */
  static final String NOT_OFFERED = "Cette tâche ou ce dossier ne vous est pas confié : il relève d'un autre établissement, d'un"
      + " autre service ou d'une autre personne. Si vous pensez qu'il devrait l'être, adressez-vous au secrétariat.";

  /**
   * The engine refuses a claim with its English message, the task's id and the missing permissions
   * (« The user with id 'observateur' does not have … 'TASK_WORK' permission on resource '3f2a…' »): Tasklist
   * would show it as it is. The person gets why, in French, and no internal id.
   */
  private void mapAssignmentRefusal(ContentCachingResponseWrapper response, String action, CurrentUser user) throws IOException {
    if (response.getStatus() < 400) {
      return;
    }
    JsonNode error;
    try {
      error = json.readTree(response.getContentAsByteArray());
    } catch (IOException e) {
      error = json.createObjectNode();
    }
    String type = error == null ? "" : error.path("type").asText("");
    int status;
    String reason;
    if ("TaskAlreadyClaimedException".equals(type)) {
      status = 409;
      reason = "Cette tâche a déjà été prise par une autre personne : actualisez la liste des tâches.";
    } else if (response.getStatus() == 404 || "NotFoundException".equals(type) || "NullValueException".equals(type)) {
      status = 404;
      reason = "Cette tâche n'existe plus : elle a sans doute déjà été terminée. Actualisez la liste des tâches.";
    } else if (response.getStatus() == 403 || "AuthorizationException".equals(type)) {
      status = 403;
      reason = switch (action) {
        case "claim" -> "Cette tâche ne vous est pas ouverte : vous ne pouvez pas la prendre. Elle reste à la disposition des"
            + " personnes à qui elle s'adresse.";
        case "unclaim" -> "Vous ne pouvez pas rendre cette tâche : seule la personne qui l'a prise, ou un administrateur, le peut.";
        default -> "Vous ne pouvez pas confier cette tâche à une autre personne : seul un administrateur le peut. Prenez-la"
            + " vous-même si elle vous est ouverte.";
      };
    } else {
      status = response.getStatus() >= 500 ? 409 : response.getStatus();
      reason = switch (action) {
        case "claim" -> "La tâche n'a pas pu être prise. Actualisez la liste des tâches, puis réessayez.";
        case "unclaim" -> "La tâche n'a pas pu être rendue. Actualisez la liste des tâches, puis réessayez.";
        default -> "La tâche n'a pas pu être attribuée. Actualisez la liste des tâches, puis réessayez.";
      };
    }
    response.resetBuffer();
    response.setStatus(status);
    ObjectNode french = json.createObjectNode();
    french.put("type", type.isEmpty() ? "InvalidRequestException" : type);
    french.put("message", reason);
    french.putNull("code");
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getOutputStream().write(json.writeValueAsBytes(french));
  }

  /** Tasklist's user, from the webapps' session, when this filter runs before the webapps set it for the request. */
  private static CurrentUser sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Authentications auths = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (auths != null && auths.getAuthenticationForProcessEngine("default") instanceof UserAuthentication auth
        && auth.getName() != null) {
      return new CurrentUser(auth.getName(), auth.getGroupIds() == null ? List.of() : List.copyOf(auth.getGroupIds()));
    }
    return CurrentUser.ANONYMOUS;
  }

  private void refuse(HttpServletResponse response, int status, String reason) throws IOException {
    response.setStatus(status);
    writeError(response, reason);
  }

  private void writeError(HttpServletResponse response, String reason) throws IOException {
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    ObjectNode error = json.createObjectNode();
    error.put("type", "InvalidRequestException");
    error.put("message", reason);
    error.putNull("code");
    response.getOutputStream().write(json.writeValueAsBytes(error));
  }
}
