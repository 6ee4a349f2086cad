package fr.engagements.process;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who acts in the engine's current command: the authenticated user and their groups. Empty when the engine
 * acts alone (a job, the Java API without a user): the model's own steps need no one's right.
 */
public record ActingUser(String id, List<String> groups) {

  public static Optional<ActingUser> of(ProcessEngineServices services) {
    Authentication auth = services.getIdentityService().getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      return Optional.empty();
    }
    return Optional.of(new ActingUser(auth.getUserId(), auth.getGroupIds() == null ? List.of() : List.copyOf(auth.getGroupIds())));
  }

  /** The user's id, or null when the engine acts alone. */
  public static String idOf(ProcessEngineServices services) {
    return of(services).map(ActingUser::id).orElse(null);
  }

  public boolean isAdmin() {
    return groups.contains(Groups.CAMUNDA_ADMIN);
  }

  /** A member of one of these groups, or an administrator. */
  public boolean isAdminOrInAny(Collection<String> groupIds) {
    return isAdmin() || groups.stream().anyMatch(groupIds::contains);
  }
}
