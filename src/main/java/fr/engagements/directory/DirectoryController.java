package fr.engagements.directory;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.engagements.casefile.CurrentUser;
import fr.engagements.process.CaseInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory over HTTP (issue 14).
 * <ul>
 * <li>For every signed-in user (the forms' lists): {@code GET /api/directory/institutions?kind=LABORATORY},
 * {@code GET /api/directory/subdivisions}, {@code GET /api/directory/specialties} — names and codes, no agents.</li>
 * <li>For administrators: {@code GET /api/admin/directory} (institutions with their agents),
 * {@code POST /api/admin/directory/institutions} {@code {kind, code, name, regionCode}},
 * {@code POST /api/admin/directory/institutions/{id}/agents} {@code {role, userId, deputy}},
 * {@code POST /api/admin/directory/agents/{id}/replace} {@code {userId}}, {@code DELETE /api/admin/directory/agents/{id}},
 * {@code GET /api/admin/directory/audit}, {@code GET /api/admin/directory/waiting} (tasks waiting for an agent).</li>
 * </ul>
 * Bad input: 400 with the reason in French; someone else than an administrator: 403.
 */
@RestController
class DirectoryController {

  private final Directory directory;
  private final IdentityService identity;
  private final TaskService tasks;

  DirectoryController(Directory directory, @Lazy IdentityService identity, @Lazy TaskService tasks) {
    this.directory = directory;
    this.identity = identity;
    this.tasks = tasks;
  }

  record InstitutionView(Long id, String kind, String code, String name, String regionCode, boolean active) {
    static InstitutionView of(Institution i) {
      return new InstitutionView(i.getId(), i.getKind().name(), i.getCode(), i.getName(), i.getRegionCode(), i.isActive());
    }
  }

  record AgentView(Long id, String role, String roleLabel, String userId, String name, boolean deputy, String group) {
  }

  record NewInstitution(String kind, String code, String name, String regionCode) {
  }

  record NewAgent(String role, String userId, Boolean deputy) {
  }

  record Replacement(String userId) {
  }

  @GetMapping(path = "/api/directory/institutions", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<List<InstitutionView>> institutions(@RequestParam String kind) {
    signedIn();
    List<InstitutionView> list = directory.institutions(kind(kind)).stream().filter(Institution::isActive)
        .map(InstitutionView::of).toList();
    return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(list);
  }

  @GetMapping(path = "/api/directory/subdivisions", produces = MediaType.APPLICATION_JSON_VALUE)
  List<Directory.Subdivision> subdivisions() {
    signedIn();
    return directory.subdivisions();
  }

  @GetMapping(path = "/api/directory/specialties", produces = MediaType.APPLICATION_JSON_VALUE)
  List<Directory.Specialty> specialties() {
    signedIn();
    return directory.specialties();
  }

  @GetMapping(path = "/api/admin/directory", produces = MediaType.APPLICATION_JSON_VALUE)
  List<Map<String, Object>> all() {
    admin();
    return Arrays.stream(InstitutionKind.values()).flatMap(k -> directory.institutions(k).stream()).map(i -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("institution", InstitutionView.of(i));
      row.put("agents", directory.agents(i).stream().map(this::view).toList());
      return row;
    }).toList();
  }

  @PostMapping(path = "/api/admin/directory/institutions", produces = MediaType.APPLICATION_JSON_VALUE)
  InstitutionView create(@RequestBody NewInstitution body) {
    String actor = admin();
    return InstitutionView.of(directory.createInstitution(kind(body.kind()), body.code(), body.name(), body.regionCode(), actor));
  }

  @PostMapping(path = "/api/admin/directory/institutions/{id}/agents", produces = MediaType.APPLICATION_JSON_VALUE)
  AgentView addAgent(@PathVariable Long id, @RequestBody NewAgent body) {
    String actor = admin();
    Institution institution = directory.institution(id).orElseThrow(() -> CaseInputException.notFound(
        "Aucun établissement n° " + id + " dans l'annuaire."));
    return view(directory.addAgent(institution, role(body.role()), body.userId(), Boolean.TRUE.equals(body.deputy()), actor));
  }

  @PostMapping(path = "/api/admin/directory/agents/{id}/replace", produces = MediaType.APPLICATION_JSON_VALUE)
  AgentView replace(@PathVariable Long id, @RequestBody Replacement body) {
    String actor = admin();
    return view(directory.replaceAgent(agent(id), body.userId(), actor));
  }

  @DeleteMapping(path = "/api/admin/directory/agents/{id}")
  ResponseEntity<Void> remove(@PathVariable Long id) {
    String actor = admin();
    directory.removeAgent(agent(id), actor);
    return ResponseEntity.noContent().build();
  }

  @GetMapping(path = "/api/admin/directory/audit", produces = MediaType.APPLICATION_JSON_VALUE)
  List<DirectoryAudit> audit() {
    admin();
    return directory.recentChanges();
  }

  /** Tasks held by a national body for want of an agent: what the administrator must fix. */
  @GetMapping(path = "/api/admin/directory/waiting", produces = MediaType.APPLICATION_JSON_VALUE)
  List<Map<String, Object>> waiting() {
    admin();
    return tasks.createTaskQuery().taskVariableValueLike(TaskHandover.AWAITING_AGENT_OF, "%").orderByTaskCreateTime().asc()
        .listPage(0, 500).stream().map(this::waiting).toList();
  }

  private Map<String, Object> waiting(Task task) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("taskId", task.getId());
    row.put("task", task.getName());
    row.put("created", task.getCreateTime());
    row.put("awaitedGroup", tasks.getVariableLocal(task.getId(), TaskHandover.AWAITING_AGENT_OF));
    row.put("reason", tasks.getVariableLocal(task.getId(), TaskHandover.AWAITING_REASON));
    return row;
  }

  private InstitutionAgent agent(Long id) {
    return directory.agent(id).orElseThrow(() -> CaseInputException.notFound("Aucun agent n° " + id + " dans l'annuaire."));
  }

  private AgentView view(InstitutionAgent a) {
    var user = identity.createUserQuery().userId(a.getUserId()).singleResult();
    String name = user == null ? a.getUserId() : (user.getFirstName() + " " + user.getLastName()).strip();
    return new AgentView(a.getId(), a.getRole().name(), a.getRole().label(), a.getUserId(), name, a.isDeputy(), a.group());
  }

  private static InstitutionKind kind(String kind) {
    try {
      return InstitutionKind.valueOf(kind);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw CaseInputException.badRequest("Type d'établissement inconnu : « " + kind + " ». Types : "
          + String.join(", ", Arrays.stream(InstitutionKind.values()).map(Enum::name).toList()) + ".");
    }
  }

  private static AgentRole role(String role) {
    try {
      return AgentRole.valueOf(role);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw CaseInputException.badRequest("Rôle inconnu : « " + role + " ». Rôles : "
          + String.join(", ", Arrays.stream(AgentRole.values()).map(Enum::name).toList()) + ".");
    }
  }

  private CurrentUser signedIn() {
    CurrentUser user = CurrentUser.of(identity);
    if (user.isAnonymous()) {
      throw CaseInputException.unauthorized("Connectez-vous pour consulter l'annuaire.");
    }
    return user;
  }

  private String admin() {
    CurrentUser user = signedIn();
    if (!user.isAdmin()) {
      throw CaseInputException.forbidden("La gestion de l'annuaire est réservée aux administrateurs.");
    }
    return user.id();
  }
}
