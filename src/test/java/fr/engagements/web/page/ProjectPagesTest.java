package fr.engagements.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.engagements.cer.CerProcessTestSupport;
import fr.engagements.casefile.Groups;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.support.CerFixtures;
import fr.engagements.casefile.CurrentUser;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The project's pages over HTTP: each answers in the DSFR layout (header « Engagements CER · CESP », navigation of
 * the user's roles), the old addresses redirect, a page that needs a user answers « Connectez-vous » with 401 and no
 * browser login box, a case's page answers 404 and 403 by the timeline API's rules, the error pages are French, and
 * Tasklist gets its « Mes dossiers » link without Camunda's end-of-life banner. In the browser, with axe-core:
 * {@code e2e.ProjectPagesBrowserIT}.
 */
class ProjectPagesTest extends CerProcessTestSupport {

  @LocalServerPort
  int port;
  @Autowired
  IdentitySeeder identities;
  @Autowired
  ITemplateEngine templates;

  /** One campaign for the class: campaign years are few, and only one test here files a candidacy. */
  private static final int[] SHARED = new int[1];

  String applicant;
  String otherApplicant;
  String secretary;
  String admin;

  @Override
  protected int campaignYear() {
    return sharedCampaign(SHARED);
  }

  @BeforeEach
  void users() {
    applicant = CerFixtures.newApplicantId();
    otherApplicant = CerFixtures.newApplicantId();
    secretary = "secretaire-pages-" + year;
    admin = "admin-pages-" + year;
    identities.ensureUser(applicant, "Camille", "Dupont", applicant + "@etu.example.fr", applicant, List.of(Groups.CER_APPLICANTS));
    identities.ensureUser(otherApplicant, "Léa", "Martin", otherApplicant + "@etu.example.fr", otherApplicant,
        List.of(Groups.CER_APPLICANTS));
    identities.ensureUser(secretary, "Sacha", "Bernard", secretary + "@staff.example.fr", secretary, List.of(Groups.CER_SECRETARIAT));
    identities.ensureUser(admin, "Alex", "Leroy", admin + "@staff.example.fr", admin, List.of(Groups.ADMIN));
  }

  @Test
  void theSelfCheckIsServedToAnyoneInTheDsfrLayout() {
    HttpResponse<String> page = get("/eligibilite", null);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertDsfrLayout(page.body());
    assertThat(page.body()).contains("Suis-je éligible au Contrat d'Engagement Recherche (CER) ?", "eligibilite.js",
        "Se connecter", "href=\"/camunda/app/tasklist/\"", "aria-current=\"page\"")
        .doesNotContain("Se déconnecter", "Mes dossiers", "Tableaux de bord", "Annuaire");
    assertThat(get("/eligibilite.js", null).body()).contains("/api/cer/eligibility-check");
  }

  @Test
  void theOldAddressesRedirectToThePages() {
    assertRedirect(get("/eligibilite.html", null), 301, "/eligibilite");
    assertRedirect(get("/timeline.html?businessKey=CER-2026-000042", null), 301, "/dossiers/CER-2026-000042");
    assertRedirect(get("/timeline.html", null), 301, "/dossiers");
    assertRedirect(get("/dossiers?businessKey=%20CER-2026-000042%20", applicant), 302, "/dossiers/CER-2026-000042");
  }

  @Test
  void aPageThatNeedsAUserAsksToLogInWithout401LoginBox() {
    for (String path : List.of("/dossiers/CER-2026-000042", "/dossiers")) {
      HttpResponse<String> page = get(path, null);
      assertThat(page.statusCode()).as(path).isEqualTo(401);
      assertThat(page.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
      assertDsfrLayout(page.body());
      assertThat(page.body()).as(path).contains("<h1>Connectez-vous</h1>", "Se connecter à Tasklist", "href=\"/camunda/app/tasklist/\"");
    }
    // a wrong password is nobody
    assertThat(get("/dossiers/CER-2026-000042", applicant, "mauvais mot de passe").statusCode()).isEqualTo(401);
  }

  @Test
  void aCasePageOpensToWhoMayReadTheTimelineOnly() {
    as(applicant, Groups.CER_APPLICANTS);
    ProcessInstance pi = start(CerFixtures.eligibleCandidacy(year, applicant));
    asSystem();
    String key = businessKey(pi);

    HttpResponse<String> own = get("/dossiers/" + key, applicant);
    assertThat(own.statusCode()).isEqualTo(200);
    assertDsfrLayout(own.body());
    assertThat(own.body()).contains("Historique du dossier", "data-business-key=\"" + key + "\"", "timeline.js",
        "Camille Dupont", "Se déconnecter", "href=\"/mes-dossiers\"", "Suis-je éligible au CER ?")
        .doesNotContain("Tableaux de bord", "Annuaire");

    HttpResponse<String> secretariat = get("/dossiers/" + key, secretary);
    assertThat(secretariat.statusCode()).isEqualTo(200);
    assertThat(secretariat.body()).contains("Sacha Bernard", "href=\"/mes-dossiers\"", "href=\"/tableaux\"")
        .doesNotContain("Annuaire", "Suis-je éligible au CER ?");

    assertThat(get("/dossiers/" + key, admin).body()).contains("Alex Leroy", "href=\"/admin/annuaire\"");

    HttpResponse<String> other = get("/dossiers/" + key, otherApplicant);
    assertThat(other.statusCode()).isEqualTo(403);
    assertDsfrLayout(other.body());
    assertThat(other.body()).contains("Accès refusé", "Erreur 403", "vos propres dossiers").doesNotContain("data-business-key");

    HttpResponse<String> unknown = get("/dossiers/CER-1999-999999", secretary);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("Page introuvable", "Aucun dossier ne porte le numéro « CER-1999-999999 ».");
    assertThat(get("/dossiers/%3Cscript%3E", secretary).statusCode()).isEqualTo(404);

    // nothing left waiting in the campaign: other tests count the candidacies of a (reused) campaign year
    engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test over");
    assertThat(get("/dossiers/" + key, applicant).statusCode()).as("an ended case keeps its page").isEqualTo(200);
  }

  /** Issue 14: the directory's page is the administrators' own; the data and its changes go through its audited API. */
  @Test
  void theDirectoryPageOpensToAdministratorsOnly() {
    HttpResponse<String> page = get("/admin/annuaire", admin);
    assertThat(page.statusCode()).isEqualTo(200);
    assertDsfrLayout(page.body());
    assertThat(page.body()).contains("<h1>Annuaire des établissements</h1>", "Tâches en attente d'un agent", "annuaire.js",
        "aria-current=\"page\"");
    assertThat(get("/annuaire.js", null).body()).contains("/api/admin/directory/waiting", "/replace");

    HttpResponse<String> refused = get("/admin/annuaire", secretary);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("réservée aux administrateurs").doesNotContain("annuaire.js");
    assertThat(get("/admin/annuaire", null).statusCode()).isEqualTo(401);
  }

  @Test
  void errorPagesAreFrenchPagesOfTheLayoutForBrowsersOnly() {
    HttpResponse<String> missing = send(request("/pas-de-page-ici").header("Accept", "text/html").GET().build());
    assertThat(missing.statusCode()).isEqualTo(404);
    assertDsfrLayout(missing.body());
    assertThat(missing.body()).contains("<h1>Page introuvable</h1>", "Erreur 404", "Page d'accueil");

    HttpResponse<String> json = send(request("/pas-de-page-ici").header("Accept", "application/json").GET().build());
    assertThat(json.statusCode()).isEqualTo(404);
    assertThat(json.body()).startsWith("{").doesNotContain("fr-header");
  }

  @Test
  void anyOtherErrorAndTheServerErrorHaveTheirFrenchPage() {
    HttpResponse<String> refused = send(request("/eligibilite").header("Accept", "text/html")
        .method("DELETE", BodyPublishers.noBody()).build());
    assertThat(refused.statusCode()).isEqualTo(405);
    assertDsfrLayout(refused.body());
    assertThat(refused.body()).contains("La demande n’a pas abouti", "Erreur 405");

    // no page of ours fails on purpose: the 500 page is rendered as the error controller would render it
    MockHttpServletRequest request = new MockHttpServletRequest(new MockServletContext(), "GET", "/error");
    var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
        .buildExchange(request, new MockHttpServletResponse());
    String page = templates.process("error/500", new WebContext(exchange, Locale.FRANCE, Map.of("layout",
        new PageLayout.Layout(CurrentUser.ANONYMOUS, null, PageLayout.nav(CurrentUser.ANONYMOUS, "/error")), "status", 500)));
    assertDsfrLayout(page);
    assertThat(page).contains("<h1>Erreur inattendue</h1>", "Erreur 500", "Réessayez dans un instant.");
  }

  @Test
  void theDsfrIsServedByTheApplicationItself() {
    for (String path : List.of("/dsfr/dsfr.min.css", "/dsfr/dsfr.module.min.js", "/dsfr/icons.min.css",
        "/dsfr/fonts/Marianne-Regular.woff2", "/dsfr/icons/system/logout-box-r-line.svg", "/dsfr/favicon/favicon.svg",
        "/engagements.css", "/timeline.css")) {
      assertThat(get(path, null).statusCode()).as(path).isEqualTo(200);
    }
    assertThat(get("/dsfr/VERSION", null).body().trim()).isEqualTo("1.15.3");
  }

  @Test
  void tasklistLinksToMyCasesAndHidesTheEndOfLifeBanner() {
    assertThat(get("/camunda/app/tasklist/styles/user-styles.css", null).body()).contains(".ce-eol-banner", "display: none");
    assertThat(get("/camunda/app/welcome/styles/user-styles.css", null).body()).contains(".ce-eol-banner", "display: none");
    assertThat(get("/camunda/app/tasklist/scripts/config.js", null).body()).contains("'scripts/mes-dossiers'");
    assertThat(get("/camunda/app/tasklist/scripts/mes-dossiers.js", null).body())
        .contains("tasklist.navbar.action", "'/mes-dossiers'", "Mes dossiers");
  }

  @Test
  void logoutEndsTheTasklistSession() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    browser.send(request("/camunda/app/tasklist/default/").GET().build(), BodyHandlers.discarding());
    String csrf = ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse("");
    HttpResponse<String> login = browser.send(request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
        .POST(BodyPublishers.ofString("username=" + applicant + "&password=" + applicant)).build(), BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    assertThat(browser.send(request("/dossiers").GET().build(), BodyHandlers.ofString()).body()).contains("Camille Dupont");

    HttpResponse<String> logout = browser.send(request("/deconnexion").POST(BodyPublishers.noBody()).build(), BodyHandlers.ofString());
    assertThat(logout.statusCode()).isEqualTo(303);
    assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/camunda/app/tasklist/"));
    assertThat(browser.send(request("/dossiers").GET().build(), BodyHandlers.ofString()).statusCode()).isEqualTo(401);
  }

  private static void assertDsfrLayout(String html) {
    assertThat(html).contains("<html lang=\"fr\">", "/dsfr/dsfr.min.css", "/dsfr/dsfr.module.min.js", "class=\"fr-skiplinks\"",
        "class=\"fr-header\"", "République<br>Française", "Engagements CER · CESP", "id=\"contenu\"",
        "class=\"fr-footer\"", "Accessibilité : partiellement conforme", "Données personnelles");
  }

  private static void assertRedirect(HttpResponse<String> response, int status, String location) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(URI.create(l).getPath())
        .isEqualTo(location));
  }

  private HttpResponse<String> get(String path, String user) {
    return get(path, user, user);
  }

  private HttpResponse<String> get(String path, String user, String password) {
    HttpRequest.Builder request = request(path).header("Accept", "text/html").GET();
    if (user != null) {
      request.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return send(request.build());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HttpClient.newHttpClient().send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String businessKey(ProcessInstance pi) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getBusinessKey();
  }
}
