package fr.engagements.casefile;

import java.util.List;

import fr.engagements.casefile.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/** The user of the current HTTP request: from the REST API's authentication or from the webapps' session. */
public record CurrentUser(String id, List<String> groups) {

  public static final CurrentUser ANONYMOUS = new CurrentUser(null, List.of());

  public static CurrentUser of(IdentityService identity) {
    var engine = identity.getCurrentAuthentication();
    if (engine != null && engine.getUserId() != null) {
      return new CurrentUser(engine.getUserId(), engine.getGroupIds() == null ? List.of() : List.copyOf(engine.getGroupIds()));
    }
    Authentications webapp = Authentications.getCurrent();
    if (webapp != null) {
      Authentication auth = webapp.getAuthenticationForProcessEngine("default");
      if (auth instanceof UserAuthentication user && user.getName() != null) {
        return new CurrentUser(user.getName(), user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds()));
      }
    }
    return ANONYMOUS;
  }

  public boolean isAdmin() {
    return groups.contains(Groups.ADMIN);
  }

  public boolean isAnonymous() {
    return id == null;
  }
}
