package fr.engagements.process;

import java.util.function.Consumer;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * Grants made by the system while a case runs (an applicant's rights on their own case, observers'
 * read access to jury tasks). They are written in the case's transaction, whoever is acting: the
 * acting user needs no right to grant.
 */
public final class Grants {

  private Grants() {
  }

  public static void toUser(ProcessEngineServices services, String userId, Resource resource, String resourceId,
      Permission... permissions) {
    save(services, resource, resourceId, permissions, a -> a.setUserId(userId));
  }

  public static void toGroup(ProcessEngineServices services, String groupId, Resource resource, String resourceId,
      Permission... permissions) {
    save(services, resource, resourceId, permissions, a -> a.setGroupId(groupId));
  }

  private static void save(ProcessEngineServices services, Resource resource, String resourceId, Permission[] permissions,
      Consumer<Authorization> grantee) {
    AuthorizationService authorizations = services.getAuthorizationService();
    Context.getCommandContext().runWithoutAuthorization(() -> {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grantee.accept(grant);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
      for (Permission permission : permissions) {
        grant.addPermission(permission);
      }
      authorizations.saveAuthorization(grant);
      return null;
    });
  }
}
