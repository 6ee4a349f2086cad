package fr.engagements.identity;

import fr.engagements.casefile.Groups;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.stereotype.Component;

/**
 * The engine's authorizations for the groups of domain.md, created or completed at every start
 * (idempotent). Administrators may do everything (including deploying: models and expressions are
 * code); every other group may use Tasklist and its filters; only applicants start candidacies.
 * Task rights come from candidate groups and assignees (the engine grants them per task); an
 * applicant's rights on their own candidacy are granted when it starts.
 */
@Component
public class AuthorizationSeeder {

  /** Processes whose definitions (name, diagram, forms) the workflow groups may read. */
  static final List<String> READABLE_PROCESSES = List.of("cer-candidacy", "cer-jury-session", "cesp-contract",
      "cesp-campaign");

  private final AuthorizationService authorizations;
  private final FilterService filters;

  AuthorizationSeeder(AuthorizationService authorizations, FilterService filters) {
    this.authorizations = authorizations;
    this.filters = filters;
  }

  public void seed() {
    withdrawObsolete();
    for (Resource resource : Resources.values()) {
      grantGroup(Groups.ADMIN, resource, ANY, Permissions.ALL);
    }
    for (Groups.Group group : Groups.ALL) {
      if (Groups.ADMIN.equals(group.id())) {
        continue;
      }
      grantGroup(group.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      for (String process : READABLE_PROCESSES) {
        grantGroup(group.id(), Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ);
      }
    }
    // only applicants start a candidacy (CER); the secretariat may file for someone (CandidacyService checks who)
    grantStart(Groups.CER_APPLICANTS, "cer-candidacy");
    grantStart(Groups.CER_SECRETARIAT, "cer-candidacy");
    // the national secretariat follows every candidacy and reads its tasks through this one grant (it works on its own
    // tasks only: per-task work rights, directory.TaskGrantsPlugin), so its Tasklist queries stay cheap (issue 17)
    grantGroup(Groups.CER_SECRETARIAT, Resources.PROCESS_DEFINITION, "cer-candidacy", ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
    // CESP: students apply; the UFR files for them and runs its faculty's campaign (CESP_7)
    grantStart(Groups.CESP_APPLICANTS, "cesp-contract");
    grantStart(Groups.UFR, "cesp-contract");
    grantStart(Groups.UFR, "cesp-campaign");
    // a faculty's UFR and a region's ARS read (the ARS also sends the events of) the cases that name them only: grants
    // per case to the institution's group (directory.CaseParties, CESP_12); the CNG, national, follows every contract
    // to the end of the commitment, sends its events (suspension, resumption, region change, rupture) and reads its
    // tasks through one grant (issue 17)
    grantGroup(Groups.CNG, Resources.PROCESS_DEFINITION, "cesp-contract", ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
  }

  /** Rights earlier versions granted and the present rules withdraw (CESP_12: UFR and ARS read their own cases only). */
  public void withdrawObsolete() {
    for (String process : List.of("cesp-contract", "cesp-campaign")) {
      removeGroupPermissions(Groups.UFR, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY);
    }
    removeGroupPermissions(Groups.ARS, Resources.PROCESS_DEFINITION, "cesp-contract", ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
  }

  private void removeGroupPermissions(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      return;
    }
    boolean changed = false;
    for (Permission permission : permissions) {
      if (authorization.isPermissionGranted(permission)) {
        authorization.removePermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }

  /** Start rights: create a process instance of that definition. */
  public void grantStart(String groupId, String processKey) {
    grantGroup(groupId, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grantGroup(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
  }

  /** Every authenticated user may see these filters (their queries still only return what the user may read). */
  public void shareFilter(String filterName) {
    Filter filter = filters.createFilterQuery().filterName(filterName).singleResult();
    if (filter == null) {
      return;
    }
    Authorization existing = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
        .resourceType(Resources.FILTER).resourceId(filter.getId()).singleResult();
    if (existing == null) {
      Authorization global = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
      global.setUserId(ANY);
      global.setResource(Resources.FILTER);
      global.setResourceId(filter.getId());
      global.addPermission(Permissions.READ);
      authorizations.saveAuthorization(global);
    }
  }

  /** Grants these permissions (adding to what the group already has on that resource). */
  public void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    boolean changed = false;
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      changed = true;
    }
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }
}
