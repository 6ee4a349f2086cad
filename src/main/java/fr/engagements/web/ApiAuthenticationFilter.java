package fr.engagements.web;

import fr.engagements.casefile.CurrentUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every call to the project's own {@code /api}: HTTP Basic against the engine's
 * identity service (throttled like every login), or the session of a user logged in to the
 * webapps (for pages served next to Tasklist). The user is set as the engine's current
 * authentication for the request, so engine queries made for it are authorized as that user.
 * Only the paths of {@link #PUBLIC} answer anonymous calls: they read no personal data.
 */
@Component
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  /** Anonymous: the eligibility self-check evaluates the published rules and stores nothing. */
  static final Set<String> PUBLIC = Set.of("/api/cer/eligibility-check");

  private final IdentityService identity;

  ApiAuthenticationFilter(@Lazy IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    CurrentUser user = authenticate(request);
    if (user == null && !PUBLIC.contains(path)) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
        // pages of ours ask with the browser's session: no browser login box, the page says what to do
        response.setHeader("WWW-Authenticate", "Basic realm=\"engagements\", charset=\"UTF-8\"");
      }
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.getOutputStream().write(
          "{\"status\":401,\"type\":\"AuthenticationException\",\"message\":\"Connectez-vous pour utiliser cette fonction.\"}".getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (user == null) {
      chain.doFilter(request, response);
      return;
    }
    identity.setAuthentication(user.id(), user.groups());
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * Who sends this request: HTTP Basic, else the webapps' session; {@code null} for nobody. The project's pages
   * ({@code web.page}) ask it too, so that a page and the {@code /api} it reads know the same user.
   */
  public CurrentUser authenticate(HttpServletRequest request) {
    CurrentUser user = basic(request);
    return user != null ? user : session(request.getSession(false));
  }

  private CurrentUser basic(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String userId = decoded.substring(0, colon);
    if (!identity.checkPassword(userId, decoded.substring(colon + 1))) {
      return null;
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    return new CurrentUser(userId, groups);
  }

  private static CurrentUser session(HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
    Authentication auth = auths == null ? null : auths.getAuthenticationForProcessEngine("default");
    if (auth instanceof UserAuthentication user && user.getName() != null) {
      return new CurrentUser(user.getName(), user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds()));
    }
    return null;
  }
}
