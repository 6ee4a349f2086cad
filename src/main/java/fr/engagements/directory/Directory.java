package fr.engagements.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.engagements.process.CaseInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of institutions and their agents (issue 14): who signs, approves or instructs for which
 * laboratory, host department, faculty, DES coordination and region. The directory is the source of truth;
 * Camunda's groups follow it in the same transaction (an agent of the dean's role at UPEC is a member of
 * {@code deans.UPEC} and {@code deans}); open tasks follow agents ({@link TaskHandover}); every change is
 * audited with who, when, before and after.
 */
@Service
public class Directory {

  /** A subdivision of the internship (with its region, whose ARS approves posts there) and a DES specialty. */
  public record Subdivision(String code, String name, String regionCode) {
  }

  public record Specialty(String code, String name) {
  }

  private final InstitutionRepository institutions;
  private final InstitutionAgentRepository agents;
  private final DirectoryAuditRepository audits;
  private final IdentityService identity;
  private final JdbcTemplate jdbc;
  private final TaskHandover handover;
  private final ObjectMapper json;
  private final Clock clock;

  Directory(InstitutionRepository institutions, InstitutionAgentRepository agents, DirectoryAuditRepository audits,
      @Lazy IdentityService identity, JdbcTemplate jdbc, TaskHandover handover, ObjectMapper json, Clock clock) {
    this.institutions = institutions;
    this.agents = agents;
    this.audits = audits;
    this.identity = identity;
    this.jdbc = jdbc;
    this.handover = handover;
    this.json = json;
    this.clock = clock;
  }

  // --- reference lists

  public List<Subdivision> subdivisions() {
    return jdbc.query("select code, name, region_code from subdivision order by name",
        (rs, i) -> new Subdivision(rs.getString(1), rs.getString(2), rs.getString(3)));
  }

  public List<Specialty> specialties() {
    return jdbc.query("select code, name from des_specialty order by name", (rs, i) -> new Specialty(rs.getString(1), rs.getString(2)));
  }

  /** A subdivision by code or by name (the contract's {@code subdivision} variable holds the name). */
  public Optional<Subdivision> subdivision(String codeOrName) {
    return subdivisions().stream().filter(s -> s.code().equals(codeOrName) || s.name().equalsIgnoreCase(codeOrName)).findFirst();
  }

  public Optional<Specialty> specialty(String codeOrName) {
    return specialties().stream().filter(s -> s.code().equals(codeOrName) || s.name().equalsIgnoreCase(codeOrName)).findFirst();
  }

  // --- institutions

  public List<Institution> institutions(InstitutionKind kind) {
    return institutions.findByKindOrderByName(kind);
  }

  public Optional<Institution> institution(InstitutionKind kind, String code) {
    return code == null ? Optional.empty() : institutions.findByKindAndCode(kind, code);
  }

  public Optional<Institution> institution(Long id) {
    return id == null ? Optional.empty() : institutions.findById(id);
  }

  /** The coordination of a DES specialty in a subdivision, created (without agents) on first use. */
  @Transactional
  public Institution desCoordination(Subdivision subdivision, Specialty specialty) {
    return institution(InstitutionKind.DES_COORDINATION, Institution.desCode(subdivision.code(), specialty.code()))
        .orElseGet(() -> institutions.save(Institution.desCoordination(subdivision.code(), specialty.code(),
            specialty.name() + " — " + subdivision.name(), subdivision.regionCode())));
  }

  /** The region (its ARS) by code. */
  public Optional<Institution> region(String regionCode) {
    return institution(InstitutionKind.REGION, regionCode);
  }

  @Transactional
  public Institution createInstitution(InstitutionKind kind, String code, String name, String regionCode, String actor) {
    if (kind == InstitutionKind.DES_COORDINATION) {
      throw CaseInputException.badRequest("Une coordination de DES se crée en choisissant la subdivision et la spécialité.");
    }
    if (code == null || !code.matches("[A-Z0-9][A-Z0-9-]{0,39}")) {
      throw CaseInputException.badRequest("Le code de l'établissement doit faire 1 à 40 caractères : majuscules, chiffres et"
          + " tirets (ex. UMR-1234).");
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      throw CaseInputException.badRequest("Le nom de l'établissement est obligatoire (200 caractères au plus).");
    }
    if (institution(kind, code).isPresent()) {
      throw CaseInputException.conflict("Un établissement « " + code + " » (" + kind.label() + ") existe déjà.");
    }
    Institution created = institutions.save(new Institution(kind, code, name.strip(), regionCode));
    audit(actor, "CREATE", "institution", created.getKind() + ":" + created.getCode(), null, snapshot(created));
    return created;
  }

  @Transactional
  public Institution ensureInstitution(InstitutionKind kind, String code, String name, String regionCode) {
    return institution(kind, code).orElseGet(() -> institutions.save(new Institution(kind, code, name, regionCode)));
  }

  // --- agents

  public List<InstitutionAgent> agents(Institution institution) {
    return agents.findByInstitutionOrderById(institution);
  }

  public List<InstitutionAgent> agents(Institution institution, AgentRole role) {
    return agents.findByInstitutionAndRoleOrderById(institution, role);
  }

  public List<InstitutionAgent> agentsOf(String userId) {
    return agents.findByUserIdOrderById(userId);
  }

  public Optional<InstitutionAgent> agent(Long id) {
    return agents.findById(id);
  }

  /** Whether anyone acts for this institution group ({@code deans.UPEC}) today. */
  public boolean hasAgents(String institutionGroup) {
    Optional<AgentRole> role = AgentRole.ofInstitutionGroup(institutionGroup);
    String code = institutionGroup.substring(institutionGroup.indexOf('.') + 1);
    return role.flatMap(r -> institution(r.kind(), code)).map(i -> !agents(i, role.get()).isEmpty()).orElse(false);
  }

  /** Adds an agent (or a deputy); tasks that waited for the institution go to them. Idempotent for the same person and role. */
  @Transactional
  public InstitutionAgent addAgent(Institution institution, AgentRole role, String userId, boolean deputy, String actor) {
    if (role.kind() != institution.getKind()) {
      throw CaseInputException.badRequest("Le rôle « " + role.label() + " » ne s'exerce pas pour un établissement de type "
          + institution.getKind().label() + ".");
    }
    if (userId == null || identity.createUserQuery().userId(userId).count() == 0) {
      throw CaseInputException.badRequest("Aucun utilisateur « " + userId + " » : créez d'abord son compte (Admin).");
    }
    Optional<InstitutionAgent> existing = agents.findByInstitutionAndRoleAndUserId(institution, role, userId);
    if (existing.isPresent()) {
      return existing.get();
    }
    InstitutionAgent agent = agents.save(new InstitutionAgent(institution, role, userId, deputy, Instant.now(clock)));
    String group = agent.group();
    ensureGroup(group, groupName(role, institution));
    ensureMember(userId, group);
    ensureMember(userId, role.roleGroup());
    audit(actor, "ADD", "agent", group + ":" + userId, null, snapshot(agent));
    handover.agentArrived(group, institution, role, userId);
    return agent;
  }

  /** Removes an agent; their open tasks of the institution go back to its other agents, or wait with the secretariat. */
  @Transactional
  public void removeAgent(InstitutionAgent agent, String actor) {
    String group = agent.group();
    Map<String, Object> before = snapshot(agent);
    agents.delete(agent);
    agents.flush();
    identity.deleteMembership(agent.getUserId(), group);
    if (agents.findByUserIdAndRole(agent.getUserId(), agent.getRole()).isEmpty()) {
      identity.deleteMembership(agent.getUserId(), agent.getRole().roleGroup());
    }
    audit(actor, "REMOVE", "agent", group + ":" + agent.getUserId(), before, null);
    List<InstitutionAgent> remaining = agents(agent.getInstitution(), agent.getRole());
    handover.agentLeft(group, agent.getInstitution(), agent.getRole(), agent.getUserId(),
        remaining.stream().map(InstitutionAgent::getUserId).toList());
  }

  /** A new person takes the role (a new dean): open tasks move to them, and each case's timeline says so. */
  @Transactional
  public InstitutionAgent replaceAgent(InstitutionAgent agent, String newUserId, String actor) {
    InstitutionAgent replacement = addAgent(agent.getInstitution(), agent.getRole(), newUserId, agent.isDeputy(), actor);
    removeAgent(agent, actor);
    return replacement;
  }

  public List<DirectoryAudit> recentChanges() {
    return audits.findTop200ByOrderByIdDesc();
  }

  private void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name.length() > 255 ? name.substring(0, 255) : name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }

  private void ensureMember(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }

  static String groupName(AgentRole role, Institution institution) {
    String label = role.label();
    return Character.toUpperCase(label.charAt(0)) + label.substring(1) + " — " + institution.getName();
  }

  private Map<String, Object> snapshot(Institution i) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("kind", i.getKind().name());
    map.put("code", i.getCode());
    map.put("name", i.getName());
    map.put("region", i.getRegionCode());
    map.put("active", i.isActive());
    return map;
  }

  private Map<String, Object> snapshot(InstitutionAgent a) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("institution", a.getInstitution().getKind() + ":" + a.getInstitution().getCode());
    map.put("role", a.getRole().name());
    map.put("userId", a.getUserId());
    map.put("deputy", a.isDeputy());
    return map;
  }

  private void audit(String actor, String action, String entity, String key, Object before, Object after) {
    audits.save(new DirectoryAudit(Instant.now(clock), actor == null ? "système" : actor, action, entity, key,
        write(before), write(after)));
  }

  private String write(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
