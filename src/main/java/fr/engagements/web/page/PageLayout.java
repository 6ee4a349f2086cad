package fr.engagements.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.engagements.casefile.Groups;
import fr.engagements.web.ApiAuthenticationFilter;
import fr.engagements.casefile.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What the layout of every page of ours shows about the person reading it ({@code templates/layout.html}): their
 * name and the entries of the main navigation that concern them. The user is the one {@code /api} sees (HTTP Basic
 * or the Tasklist/Cockpit session, {@link ApiAuthenticationFilter#authenticate}).
 */
@Component
public class PageLayout {

  public static final String MY_CASES = "/mes-dossiers";
  public static final String BOARDS = "/tableaux";
  public static final String DIRECTORY = "/admin/annuaire";
  public static final String SELF_CHECK = "/eligibilite";
  public static final String TASKLIST = "/camunda/app/tasklist/";

  /** The groups that run campaigns (secretariat, jury, UFR, CNG, ARS): their boards are in « Tableaux de bord ». */
  static final Set<String> CAMPAIGN_GROUPS = Set.of(Groups.CER_SECRETARIAT, Groups.CER_JURY, Groups.UFR, Groups.CNG, Groups.ARS);

  /** One entry of the main navigation; {@code current} marks the page being read (aria-current="page"). */
  public record NavEntry(String label, String href, boolean current) {
  }

  /** The layout's data for one request: {@code user} is {@link CurrentUser#ANONYMOUS} for a visitor. */
  public record Layout(CurrentUser user, String userName, List<NavEntry> nav) {

    public boolean loggedIn() {
      return !user.isAnonymous();
    }
  }

  private final ApiAuthenticationFilter authentication;
  private final IdentityService identity;

  PageLayout(ApiAuthenticationFilter authentication, @Lazy IdentityService identity) {
    this.authentication = authentication;
    this.identity = identity;
  }

  /** The user of this request, {@link CurrentUser#ANONYMOUS} when nobody is logged in. */
  public CurrentUser user(HttpServletRequest request) {
    CurrentUser user = authentication.authenticate(request);
    return user == null ? CurrentUser.ANONYMOUS : user;
  }

  public Layout of(HttpServletRequest request) {
    CurrentUser user = user(request);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return new Layout(user, displayName(user), nav(user, path));
  }

  static List<NavEntry> nav(CurrentUser user, String path) {
    List<NavEntry> nav = new ArrayList<>();
    if (!user.isAnonymous()) {
      nav.add(entry("Mes dossiers", MY_CASES, path));
      if (user.groups().stream().anyMatch(CAMPAIGN_GROUPS::contains)) {
        nav.add(entry("Tableaux de bord", BOARDS, path));
      }
      if (user.isAdmin()) {
        nav.add(entry("Annuaire", DIRECTORY, path));
      }
    }
    if (user.isAnonymous() || user.groups().contains(Groups.CER_APPLICANTS)) {
      nav.add(entry("Suis-je éligible au CER ?", SELF_CHECK, path));
    }
    nav.add(entry("Tasklist", TASKLIST, path));
    return List.copyOf(nav);
  }

  private static NavEntry entry(String label, String href, String path) {
    return new NavEntry(label, href, path.equals(href) || path.startsWith(href + "/"));
  }

  /** « Prénom Nom » as in Admin, else the login; read without the user's authorizations (their own record). */
  private String displayName(CurrentUser user) {
    if (user.isAnonymous()) {
      return null;
    }
    User record;
    try {
      record = identity.createUserQuery().userId(user.id()).singleResult();
    } catch (RuntimeException e) {
      // the header must not fail a page (an error page above all): the login will do
      return user.id();
    }
    if (record == null) {
      return user.id();
    }
    String name = ((record.getFirstName() == null ? "" : record.getFirstName()) + " "
        + (record.getLastName() == null ? "" : record.getLastName())).trim();
    return name.isEmpty() ? user.id() : name;
  }
}
