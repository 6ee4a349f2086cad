package fr.engagements.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * The caller of the project's own {@code /api}: the engine's current authentication (set by an API
 * authentication filter), else the Camunda webapps' session (a user logged in to Tasklist or Cockpit,
 * for the pages served by this application), else HTTP Basic credentials checked against the engine's
 * identity service. Anonymous when none applies.
 */
public final class ApiCaller {

  private static final String ENGINE = "default";

  private ApiCaller() {
  }

  public static CurrentUser of(HttpServletRequest request, IdentityService identity) {
    CurrentUser user = CurrentUser.of(identity);
    if (!user.isAnonymous()) {
      return user;
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      Authentications webapp = AuthenticationUtil.getAuthsFromSession(session);
      Authentication auth = webapp == null ? null : webapp.getAuthenticationForProcessEngine(ENGINE);
      if (auth instanceof UserAuthentication u && u.getName() != null) {
        return new CurrentUser(u.getName(), u.getGroupIds() == null ? List.of() : List.copyOf(u.getGroupIds()));
      }
    }
    return basic(request.getHeader("Authorization"), identity);
  }

  private static CurrentUser basic(String header, IdentityService identity) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return CurrentUser.ANONYMOUS;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return CurrentUser.ANONYMOUS;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return CurrentUser.ANONYMOUS;
    }
    String userId = decoded.substring(0, colon);
    if (!identity.checkPassword(userId, decoded.substring(colon + 1))) {
      return CurrentUser.ANONYMOUS;
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    return new CurrentUser(userId, groups);
  }
}
